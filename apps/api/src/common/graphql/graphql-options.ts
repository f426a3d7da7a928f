import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { formatError } from '../errors/format-error.js';
import type { DialoogRequest } from '../request/request-types.js';
import type { GraphqlContext } from './graphql-context.js';
import { Loaders } from './loaders.js';
import { aliasLimitRule, depthLimitRule, QUERY_LIMITS } from './query-limits.js';

/** Apollo settings: one place for what the GraphQL endpoint accepts and how it answers. */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Checked at validation, before any resolver (or SQL) runs.
    validationRules: [depthLimitRule(QUERY_LIMITS.maxDepth), aliasLimitRule(QUERY_LIMITS.maxAliases)],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError,
    context: ({ req, res }: { req: DialoogRequest; res: Response }): GraphqlContext => ({ req, res, loaders: new Loaders() }),
  };
}
