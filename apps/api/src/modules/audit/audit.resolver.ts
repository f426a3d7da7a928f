import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { pageSize, type Connection } from '../../common/pagination/pagination.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { AuditEntryConnection, AuditEntryType, AuditFilter } from './dto/audit-entry.type.js';
import { AuditRepository } from './audit.repository.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(
    private readonly audit: AuditRepository,
    private readonly users: UserRepository,
  ) {}

  @Query(() => AuditEntryConnection, { description: 'Admins: the audit log, newest first.' })
  @RequireRole('admin')
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter, // may be absent; typed plainly so the validation pipe sees the class
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntryType>> {
    const limit = pageSize(first);
    const afterId = after && /^\d{1,18}$/.test(after) ? after : null;
    const { rows, totalCount } = await this.audit.list(
      actor.municipalityId,
      { targetId: filter?.targetId ?? undefined, actorId: filter?.actorId ?? undefined },
      limit,
      afterId,
    );
    const edges = rows.slice(0, limit).map((row) => ({ cursor: row.id, node: Object.assign(new AuditEntryType(), row) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => PersonType, { nullable: true })
  async actor(@Parent() entry: AuditEntryType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    const user = entry.actorId ? await personLoader(ctx, this.users).load(entry.actorId) : null;
    return user ? toPersonType(user) : null;
  }
}
