import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { UserRoleService } from './user-role.service.js';
import { UserResolver } from './user.resolver.js';

@Module({ imports: [AuthModule, AuditModule], providers: [UserRoleService, UserResolver] })
export class UserModule {}
