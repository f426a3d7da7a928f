import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';

@Module({ imports: [AuthModule], providers: [AuditRepository, AuditResolver], exports: [AuditRepository] })
export class AuditModule {}
