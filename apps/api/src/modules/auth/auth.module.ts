import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AuthenticateMiddleware } from './authenticate.middleware.js';
import { SessionJwtStrategy } from './jwt.strategy.js';
import { PasswordHasher } from './password-hasher.service.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionRepository } from './session.repository.js';
import { UserRepository } from './user.repository.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    AuthenticateMiddleware,
    SessionJwtStrategy,
    PasswordHasher,
    SessionCookieService,
    SessionRepository,
    UserRepository,
  ],
  exports: [UserRepository, SessionRepository, PasswordHasher, SessionCookieService],
})
export class AuthModule {}
