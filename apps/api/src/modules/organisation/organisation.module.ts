import { Module } from '@nestjs/common';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationResolver } from './organisation.resolver.js';

@Module({ providers: [OrganisationRepository, OrganisationResolver], exports: [OrganisationRepository] })
export class OrganisationModule {}
