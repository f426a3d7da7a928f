import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access/access-rule.js';
import { CurrentMunicipality } from '../../common/request/current-actor.decorator.js';
import { MunicipalityType, NeighbourhoodType, ThemeType } from './dto/municipality.type.js';
import { toMunicipalityType, toNeighbourhoodType, toThemeType } from './dto/to-municipality-type.js';
import type { MunicipalityEntity } from './municipality.entity.js';
import { MunicipalityRepository } from './municipality.repository.js';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(private readonly municipalities: MunicipalityRepository) {}

  @Query(() => MunicipalityType, { description: 'The municipality this request belongs to.' })
  @Public()
  municipality(@CurrentMunicipality() municipality: MunicipalityEntity): MunicipalityType {
    return toMunicipalityType(municipality);
  }

  @ResolveField(() => [NeighbourhoodType])
  async neighbourhoods(@CurrentMunicipality() municipality: MunicipalityEntity): Promise<NeighbourhoodType[]> {
    return (await this.municipalities.activeNeighbourhoods(municipality.id)).map(toNeighbourhoodType);
  }

  @ResolveField(() => [ThemeType])
  async themes(@CurrentMunicipality() municipality: MunicipalityEntity): Promise<ThemeType[]> {
    return (await this.municipalities.activeThemes(municipality.id)).map(toThemeType);
  }
}
