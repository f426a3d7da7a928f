import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { UserRoleService } from './user-role.service.js';
import { UserStatusService } from './user-status.service.js';
import { UserResolver } from './user.resolver.js';

@Module({ imports: [AuthModule, AuditModule], providers: [UserRoleService, UserStatusService, UserResolver] })
export class UserModule {}
