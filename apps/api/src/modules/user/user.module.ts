import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { UserAdministrationService } from './user-administration.service.js';
import { UserResolver } from './user.resolver.js';

@Module({ imports: [AuthModule, AuditModule], providers: [UserAdministrationService, UserResolver] })
export class UserModule {}
