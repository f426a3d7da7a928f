import { Inject } from '@nestjs/common';
import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../../common/access/access-rule.js';
import { isStaff } from '#domain';
import { CurrentMunicipality, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { UserRepository } from '../auth/user.repository.js';
import { MunicipalityType, NeighbourhoodType, ThemeType } from './dto/municipality.type.js';
import { toMunicipalityType, toNeighbourhoodType, toThemeType } from './dto/to-municipality-type.js';
import type { MunicipalityEntity } from './municipality.entity.js';
import { MunicipalityRepository } from './municipality.repository.js';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly users: UserRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MunicipalityType, { description: 'The municipality this request belongs to.' })
  @Public()
  municipality(@CurrentMunicipality() municipality: MunicipalityEntity): MunicipalityType {
    return toMunicipalityType(municipality, this.config);
  }

  @ResolveField(() => [NeighbourhoodType])
  async neighbourhoods(@CurrentMunicipality() municipality: MunicipalityEntity): Promise<NeighbourhoodType[]> {
    return (await this.municipalities.activeNeighbourhoods(municipality.id)).map(toNeighbourhoodType);
  }

  @ResolveField(() => [PersonType], { description: 'Facilitators and admins (staff only; empty for others), to assign inbox items.' })
  async staff(@CurrentMunicipality() municipality: MunicipalityEntity, @OptionalActor() actor: Actor | null): Promise<PersonType[]> {
    if (!actor || !isStaff(actor.role)) {
      return [];
    }
    return (await this.users.staffOf(municipality.id)).map(toPersonType);
  }

  @ResolveField(() => [ThemeType])
  async themes(@CurrentMunicipality() municipality: MunicipalityEntity): Promise<ThemeType[]> {
    return (await this.municipalities.activeThemes(municipality.id)).map(toThemeType);
  }
}
