import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { Frequency, NotificationKind } from '#domain';
import { Public, SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { indexBy } from '../../common/graphql/loaders.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../common/pagination/pagination.js';
import { currentLanguage } from '../../common/request/request-context.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { notificationChannel, type NotificationAddedEvent } from '../live/live-events.js';
import { LivePublisher } from '../live/live-pubsub.js';
import {
  FrequencyValue,
  NotificationConnection,
  NotificationKindValue,
  NotificationPreferenceType,
  NotificationType,
  toNotificationType,
} from './dto/notification.type.js';
import { notificationMessage } from './notification-message.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationService } from './notification.service.js';

function toPreferenceType(preference: { kind: NotificationKind; frequency: Frequency }): NotificationPreferenceType {
  return Object.assign(new NotificationPreferenceType(), preference);
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly service: NotificationService,
    private readonly initiatives: InitiativeRepository,
    private readonly users: UserRepository,
    private readonly live: LivePublisher,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @SignedIn()
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<NotificationType>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.repository.page(actor.userId, limit, decodeCursor(after));
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor({ value: row.cursorValue, id: row.id }), node: toNotificationType(row) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => Int)
  @SignedIn()
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.repository.unreadCount(actor.userId);
  }

  @Mutation(() => Int, { description: 'Marks these notifications (or, without ids, all) as read; returns how many are still unread.' })
  @SignedIn()
  async markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    const pipe = new ParseIdPipe();
    await this.repository.markRead(actor.userId, ids ? ids.slice(0, 500).map((id) => pipe.transform(id)) : null);
    return this.repository.unreadCount(actor.userId);
  }

  @Query(() => [NotificationPreferenceType], { description: 'How often you get e-mail, per kind of notification.' })
  @SignedIn()
  async notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceType[]> {
    return (await this.service.preferences(actor)).map(toPreferenceType);
  }

  @Mutation(() => NotificationPreferenceType)
  @SignedIn()
  async setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKindValue }) kind: NotificationKind,
    @Args('frequency', { type: () => FrequencyValue }) frequency: Frequency,
  ): Promise<NotificationPreferenceType> {
    return toPreferenceType(await this.service.set(actor, kind, frequency));
  }

  @Mutation(() => NotificationPreferenceType, {
    description: 'The unsubscribe link of an e-mail: turns that kind of e-mail off (no login needed).',
  })
  @Public()
  async unsubscribeNotifications(@Args('token') token: string): Promise<NotificationPreferenceType> {
    return toPreferenceType(await this.service.unsubscribe(token.slice(0, 500)));
  }

  @Subscription(() => NotificationType, {
    description: 'Your new notifications, as they arrive.',
    filter: (event: NotificationAddedEvent, _variables: unknown, ctx: GraphqlContext) => event.userId === ctx.req.actor?.userId,
    resolve: (event: NotificationAddedEvent) => toNotificationType(event.notification),
  })
  @SignedIn()
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<NotificationAddedEvent> {
    return this.live.listen<NotificationAddedEvent>(notificationChannel(actor.userId));
  }

  @ResolveField(() => String, { description: 'What happened, in one sentence (in your language).' })
  message(@Parent() notification: NotificationType): string {
    return notificationMessage(notification.kind, notification.payload, currentLanguage());
  }

  @ResolveField(() => InitiativeType, { nullable: true, description: 'Null when you may no longer see it.' })
  async initiative(@Parent() notification: NotificationType, @Context() ctx: GraphqlContext): Promise<InitiativeType | null> {
    if (!notification.initiativeId) {
      return null;
    }
    const actor = ctx.req.actor ?? null;
    const row = await ctx.loaders
      .for('notificationInitiative', async (ids) =>
        indexBy(await this.initiatives.findManyVisible(ctx.req.municipality!.id, ids, viewerOf(actor)), (r) => r.id),
      )
      .load(notification.initiativeId);
    return row ? toInitiativeType(row) : null;
  }

  @ResolveField(() => PersonType, {
    nullable: true,
    description: 'Who caused it; null when the system or the municipality as a whole did.',
  })
  async actor(@Parent() notification: NotificationType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    const user = notification.actorId ? await personLoader(ctx, this.users).load(notification.actorId) : null;
    return user ? toPersonType(user) : null;
  }
}
