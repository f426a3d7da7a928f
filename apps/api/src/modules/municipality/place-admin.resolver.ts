import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { NeighbourhoodType, ThemeType } from './dto/municipality.type.js';
import { NeighbourhoodInput, ThemeInput } from './dto/place-and-theme.input.js';
import { toNeighbourhoodType, toThemeType } from './dto/to-municipality-type.js';
import { NeighbourhoodEntity } from './neighbourhood.entity.js';
import { PlaceAdminService } from './place-admin.service.js';
import { ThemeEntity } from './theme.entity.js';

const optionalId = (): ParameterDecorator => Args('id', { type: () => ID, nullable: true, description: 'Leave out to add a new one.' });

@Resolver()
export class PlaceAdminResolver {
  constructor(private readonly places: PlaceAdminService) {}

  @Mutation(() => NeighbourhoodType, { description: 'Admins: add a neighbourhood, or rename/redraw one (with id).' })
  @RequireRole('admin')
  async saveNeighbourhood(
    @optionalId() id: string | undefined,
    @Args('input') input: NeighbourhoodInput,
    @CurrentActor() actor: Actor,
  ): Promise<NeighbourhoodType> {
    return toNeighbourhoodType(await this.places.saveNeighbourhood(actor, id ? new ParseIdPipe().transform(id) : null, input));
  }

  @Mutation(() => NeighbourhoodType, { description: 'Admins: retire a neighbourhood; old initiatives keep it.' })
  @RequireRole('admin')
  async retireNeighbourhood(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<NeighbourhoodType> {
    return toNeighbourhoodType(await this.places.retire(actor, 'neighbourhood', NeighbourhoodEntity, id));
  }

  @Mutation(() => ThemeType, { description: 'Admins: add a theme, or rename one (with id).' })
  @RequireRole('admin')
  async saveTheme(
    @optionalId() id: string | undefined,
    @Args('input') input: ThemeInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThemeType> {
    return toThemeType(await this.places.saveTheme(actor, id ? new ParseIdPipe().transform(id) : null, input));
  }

  @Mutation(() => ThemeType, { description: 'Admins: retire a theme; old initiatives keep it.' })
  @RequireRole('admin')
  async retireTheme(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<ThemeType> {
    return toThemeType(await this.places.retire(actor, 'theme', ThemeEntity, id));
  }
}
