import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MailModule } from '../mail/mail.module.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { AccountResolver } from './account.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AuthenticateMiddleware } from './authenticate.middleware.js';
import { SessionJwtStrategy } from './jwt.strategy.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { RegistrationService } from './registration.service.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionRepository } from './session.repository.js';
import { SessionService } from './session.service.js';
import { UserRepository } from './user.repository.js';
// AuditModule imports this module; its stateless repository is provided here as well (no import cycle).
import { AuditRepository } from '../audit/audit.repository.js';
import { PendingLoginCookie } from './second-factor/pending-login-cookie.service.js';
import { SecondFactorCipher } from './second-factor/second-factor-cipher.service.js';
import { SecondFactorCodes } from './second-factor/second-factor-codes.service.js';
import { SecondFactorEnrolmentService } from './second-factor/second-factor-enrolment.service.js';
import { SecondFactorLoginService } from './second-factor/second-factor-login.service.js';
import { SecondFactorPolicyService } from './second-factor/second-factor-policy.service.js';
import { SecondFactorRemovalService } from './second-factor/second-factor-removal.service.js';
import { SecondFactorRepository } from './second-factor/second-factor.repository.js';
import { SecondFactorResolver } from './second-factor/second-factor.resolver.js';

@Module({
  imports: [
    MailModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }),
    }),
  ],
  providers: [
    AuthResolver,
    AccountResolver,
    AuthService,
    RegistrationService,
    EmailVerificationService,
    PasswordResetService,
    AccountMailService,
    AccountTokenRepository,
    SessionService,
    AuthenticateMiddleware,
    SessionJwtStrategy,
    PasswordHasher,
    SessionCookieService,
    SessionRepository,
    UserRepository,
    SecondFactorResolver,
    SecondFactorRepository,
    SecondFactorCipher,
    SecondFactorCodes,
    SecondFactorEnrolmentService,
    SecondFactorRemovalService,
    SecondFactorPolicyService,
    SecondFactorLoginService,
    PendingLoginCookie,
    AuditRepository,
  ],
  exports: [UserRepository, SessionRepository, SessionService, PasswordHasher, SessionCookieService],
})
export class AuthModule {}
