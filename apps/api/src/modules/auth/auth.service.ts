import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { checkPassword, type PasswordProblem, type Role } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError, badInput, conflict, type FieldError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { PasswordHasher } from './password-hasher.service.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionRepository } from './session.repository.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export function passwordFieldError(problem: PasswordProblem): FieldError {
  switch (problem.kind) {
    case 'tooShort':
      return { field: 'password', key: 'password.tooShort', params: { min: problem.min } };
    case 'tooLong':
      return { field: 'password', key: 'password.tooLong', params: { max: problem.max } };
    case 'common':
      return { field: 'password', key: 'password.common' };
    case 'containsPersonal':
      return { field: 'password', key: 'password.containsPersonal' };
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly cookies: SessionCookieService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(
    municipalityId: string,
    input: { email: string; password: string; displayName: string },
    language: 'nl' | 'en',
    http: { req: Request; res: Response },
  ): Promise<UserEntity> {
    const role: Role = 'resident';
    const problem = checkPassword(input.password, { role, email: input.email, displayName: input.displayName });
    if (problem) {
      throw badInput([passwordFieldError(problem)]);
    }
    const user = await this.users.insert({
      municipalityId,
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      passwordHash: await this.hasher.hash(input.password),
      passwordFitsStaff: checkPassword(input.password, { role: 'facilitator', email: input.email }) === null,
      role,
      language,
    });
    if (!user) {
      throw conflict('auth.emailTaken');
    }
    await this.startSession(user, http);
    return user;
  }

  /** The same answer, in the same time, for an unknown e-mail and a wrong password. */
  async login(municipalityId: string, input: { email: string; password: string }, http: { req: Request; res: Response }): Promise<UserEntity> {
    const user = await this.users.findByEmail(municipalityId, input.email);
    const ok = user && !user.disabledAt
      ? await this.hasher.verify(user.passwordHash, input.password)
      : await this.hasher.verifyAgainstNothing(input.password);
    if (!user || !ok) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'auth.invalidCredentials');
    }
    await this.startSession(user, http);
    return user;
  }

  /** Sets a new password and ends every other session; this browser gets a fresh one. */
  async changePassword(
    actor: { municipalityId: string; userId: string },
    input: { currentPassword: string; newPassword: string },
    http: { req: Request; res: Response },
  ): Promise<UserEntity> {
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw badInput([{ field: 'currentPassword', key: 'auth.wrongCurrentPassword' }]);
    }
    const context = { email: user.email, displayName: user.displayName };
    const problem = checkPassword(input.newPassword, { ...context, role: user.role });
    if (problem) {
      throw badInput([{ ...passwordFieldError(problem), field: 'newPassword' }]);
    }
    const fitsStaff = checkPassword(input.newPassword, { ...context, role: 'facilitator' }) === null;
    await this.users.setPassword(user.municipalityId, user.id, await this.hasher.hash(input.newPassword), fitsStaff);
    await this.sessions.revokeAllOf(user.municipalityId, user.id);
    await this.startSession(user, http);
    return user;
  }

  async logout(sessionId: string, http: { req: Request; res: Response }): Promise<void> {
    await this.sessions.revoke(sessionId);
    this.cookies.clear(http.req, http.res);
  }

  private async startSession(user: UserEntity, http: { req: Request; res: Response }): Promise<void> {
    const sid = await this.sessions.create(user.municipalityId, user.id, this.config.sessionMaxHours);
    this.cookies.issue(http.req, http.res, { sid, mid: user.municipalityId, sub: user.id });
  }
}
