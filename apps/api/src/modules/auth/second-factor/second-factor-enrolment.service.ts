import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toString as qrSvg } from 'qrcode';
import { DataSource } from 'typeorm';
import { badInput, conflict, unauthenticated } from '../../../common/errors/app-error.js';
import type { Actor } from '../../../common/request/request-types.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import type { Http } from '../session.service.js';
import { UserRepository } from '../user.repository.js';
import { SecondFactorCipher } from './second-factor-cipher.service.js';
import { SecondFactorCodes } from './second-factor-codes.service.js';
import { SecondFactorRepository } from './second-factor.repository.js';
import { newRecoveryCodes, newTotpSecret, totpUri } from './totp.js';

export interface Enrolment {
  readonly secret: string;
  readonly uri: string;
  readonly qrCodeDataUrl: string;
}

/** Setting up the second factor: a new secret shown once (QR code and text), on only after a right code. */
@Injectable()
export class SecondFactorEnrolmentService {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly cipher: SecondFactorCipher,
    private readonly codes: SecondFactorCodes,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async start(actor: Actor, municipalityName: string): Promise<Enrolment> {
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    if (!user) {
      throw unauthenticated();
    }
    const secret = newTotpSecret();
    if (!(await this.factors.savePending(actor, this.cipher.encrypt(secret, actor.userId)))) {
      throw conflict('secondFactor.alreadyOn');
    }
    const uri = totpUri(secret, `Dialoog ${municipalityName}`, user.email);
    const svg = await qrSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, uri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /** Turns the factor on after a right code; answers the 10 recovery codes (the only time they exist in clear). */
  async confirm(actor: Actor, code: string, http: Http): Promise<string[]> {
    const factor = await this.factors.find(actor);
    if (!factor) {
      throw conflict('secondFactor.notStarted');
    }
    if (factor.enabledAt) {
      throw conflict('secondFactor.alreadyOn');
    }
    await this.codes.limit(actor, http);
    if (!(await this.codes.check(actor, code, { allowRecovery: false, allowPending: true }))) {
      throw badInput([{ field: 'code', key: 'secondFactor.wrongCode' }]);
    }
    const recoveryCodes = newRecoveryCodes();
    await this.db.transaction(async (manager) => {
      await this.factors.enable(manager, actor, recoveryCodes);
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: 'user.second_factor_enabled',
        targetType: 'user',
        targetId: actor.userId,
        summary: {},
        ip: actor.ip,
      });
    });
    return recoveryCodes;
  }
}
