import { Injectable, Logger } from '@nestjs/common';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import type { MailKind } from '../mail/mail-templates.js';
import { Mailer } from '../mail/mailer.service.js';
import type { UserEntity } from './user.entity.js';

/** Web-app paths that the links in account e-mails open (the web app owns the pages). */
export const ACCOUNT_LINK_PATHS = {
  verifyEmail: '/e-mail-bevestigen',
  resetPassword: '/wachtwoord-herstellen',
  forgotPassword: '/wachtwoord-vergeten',
  login: '/inloggen',
} as const;

/**
 * The account e-mails, in the person's language. At most `mailsPerRecipient` per address: more
 * are dropped silently (registering again and again must not flood someone's inbox).
 */
@Injectable()
export class AccountMailService {
  private readonly logger = new Logger('AccountMail');

  constructor(
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
  ) {}

  verifyEmail(user: UserEntity, token: string): void {
    this.send(user, 'verifyEmail', [this.mailer.link(ACCOUNT_LINK_PATHS.verifyEmail, { token })]);
  }

  alreadyRegistered(user: UserEntity): void {
    this.send(user, 'alreadyRegistered', [this.mailer.link(ACCOUNT_LINK_PATHS.login), this.mailer.link(ACCOUNT_LINK_PATHS.forgotPassword)]);
  }

  passwordReset(user: UserEntity, token: string): void {
    this.send(user, 'passwordReset', [this.mailer.link(ACCOUNT_LINK_PATHS.resetPassword, { token })]);
  }

  private send(user: UserEntity, kind: MailKind, links: string[]): void {
    void this.limiter.hit('mailsPerRecipient', `${user.municipalityId}:${user.email.toLowerCase()}`).then((outcome) => {
      if (!outcome.allowed) {
        this.logger.warn(`Mail (${kind}) for user ${user.id} dropped: too many mails to this address`);
        return;
      }
      this.mailer.send({ to: user.email, language: user.language, kind, name: user.displayName, links });
    });
  }
}
