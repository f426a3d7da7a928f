import { Injectable } from '@nestjs/common';
import { AppError, badInput } from '../../../common/errors/app-error.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { SessionService, type Http } from '../session.service.js';
import type { UserEntity } from '../user.entity.js';
import { UserRepository } from '../user.repository.js';
import { PendingLoginCookie } from './pending-login-cookie.service.js';
import { SecondFactorCodes } from './second-factor-codes.service.js';
import { SecondFactorRepository } from './second-factor.repository.js';

/** The second step of signing in: after the right password, a code from the app (or a recovery code). */
@Injectable()
export class SecondFactorLoginService {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly codes: SecondFactorCodes,
    private readonly pending: PendingLoginCookie,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Called once the password was right. With the second factor on, no session: the browser gets
   * the pending-login cookie and the answer LOGIN_CODE_NEEDED.
   */
  async demandCodeIfOn(user: UserEntity, http: Http): Promise<void> {
    const factor = await this.factors.find({ municipalityId: user.municipalityId, userId: user.id });
    if (factor?.enabledAt) {
      this.pending.issue(http, { municipalityId: user.municipalityId, userId: user.id });
      throw new AppError(ErrorCode.LOGIN_CODE_NEEDED, 'secondFactor.codeNeeded');
    }
  }

  async verify(municipalityId: string, code: string, http: Http): Promise<UserEntity> {
    const login = this.pending.read(http.req);
    if (!login || login.municipalityId !== municipalityId) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'secondFactor.loginExpired');
    }
    await this.codes.limit(login, http);
    const user = await this.users.findById(login.municipalityId, login.userId);
    if (!user || user.disabledAt) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'secondFactor.loginExpired');
    }
    if (!(await this.codes.check(login, code, { allowRecovery: true, ip: http.req.ip }))) {
      throw badInput([{ field: 'code', key: 'secondFactor.wrongCode' }]);
    }
    this.pending.clear(http);
    await this.sessions.start(user, http);
    return user;
  }
}
