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
  ],
  exports: [UserRepository, SessionRepository, SessionService, PasswordHasher, SessionCookieService],
})
export class AuthModule {}
