import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { groupBy } from '../../common/graphql/loaders.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { AltTextPipe } from './alt-text.pipe.js';
import { InitiativeImageType } from './dto/initiative-image.type.js';
import { toInitiativeImageType } from './dto/to-initiative-image-type.js';
import { InitiativeImageRepository } from './initiative-image.repository.js';
import { InitiativeImageService } from './initiative-image.service.js';

/** The pictures of an initiative (uploads: ImageUploadController) and the mutations that change them. */
@Resolver(() => InitiativeType)
export class InitiativeImageResolver {
  constructor(
    private readonly service: InitiativeImageService,
    private readonly repository: InitiativeImageRepository,
    private readonly initiatives: InitiativeService,
  ) {}

  @ResolveField(() => [InitiativeImageType], { description: 'Pictures, in order (at most 5).' })
  async images(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<InitiativeImageType[]> {
    // The parent passed the visibility rule already; its pictures are as visible as it is.
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany('initiativeImages', async (ids) =>
        groupBy(await this.repository.imagesOf(municipalityId, ids), (image) => image.initiativeId),
      )
      .load(initiative.id);
    return rows.map(toInitiativeImageType);
  }

  @Mutation(() => InitiativeType, {
    description: 'Removes a picture: the author while the initiative may be edited, or staff (moderation).',
  })
  @SignedIn()
  async removeInitiativeImage(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    const initiativeId = await this.service.remove(actor, id);
    return toInitiativeType(await this.initiatives.get(actor.municipalityId, initiativeId, actor));
  }

  @Mutation(() => InitiativeImageType, { description: 'Changes what the alt text says about a picture (the author, while editable).' })
  @SignedIn()
  async updateInitiativeImageAlt(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('alt', { type: () => String }, AltTextPipe) alt: string,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeImageType> {
    return toInitiativeImageType(await this.service.updateAlt(actor, id, alt));
  }

  @Mutation(() => InitiativeType, {
    description: 'Moves a picture to another place in the order (0 is first; the author, while editable).',
  })
  @SignedIn()
  async moveInitiativeImage(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('position', { type: () => Int }) position: number,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    const initiativeId = await this.service.move(actor, id, position);
    return toInitiativeType(await this.initiatives.get(actor.municipalityId, initiativeId, actor));
  }
}
