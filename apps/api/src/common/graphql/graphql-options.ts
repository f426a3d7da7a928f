import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Response } from 'express';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import type { AppConfig } from '../../config/app-config.js';
import { formatError } from '../errors/format-error.js';
import type { DialoogRequest } from '../request/request-types.js';
import type { GraphqlContext } from './graphql-context.js';
import { Loaders } from './loaders.js';
import { aliasLimitRule, costLimitRule, depthLimitRule, QUERY_LIMITS } from './query-limits.js';

/** Authenticates WebSocket connections for subscriptions (modules/live). */
export interface SubscriptionGate {
  /** False refuses the connection (unknown municipality). */
  onConnect(ctx: WsContext): Promise<boolean>;
  /** The request-like object resolvers see for one subscription on this connection. */
  requestFor(ctx: WsContext): Promise<DialoogRequest>;
}

/** Depth, alias and cost limits: checked at validation, before any resolver (or SQL) runs — over HTTP and WebSocket. */
const LIMIT_RULES = [depthLimitRule(QUERY_LIMITS.maxDepth), aliasLimitRule(QUERY_LIMITS.maxAliases), costLimitRule(QUERY_LIMITS.maxCost)];

/** Errors over WebSocket leave through the same formatter as over HTTP (`code` is Apollo's name for where it failed). */
function formatErrors(errors: readonly GraphQLError[], code?: string): GraphQLError[] {
  return errors.map((error) => {
    const json = error.toJSON();
    const formatted = formatError(code ? { ...json, extensions: { ...json.extensions, code } } : json, error);
    return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
  });
}

function formatResult(result: ExecutionResult): ExecutionResult {
  return result.errors?.length ? { ...result, errors: formatErrors(result.errors) } : result;
}

function withLimits(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return formatErrors(validate(schema, document, [...specifiedRules, ...LIMIT_RULES]), 'GRAPHQL_VALIDATION_FAILED');
}

/**
 * Every GraphQL answer is `Cache-Control: no-store` (answers depend on the session and may hold
 * personal data). Apollo's cache-control plugin would send the same header, but it also wraps
 * every field resolver to collect cache hints we never give: on a list page that is some 170
 * extra calls and promises per request, so it is turned off and this sets the header.
 */
const noStore: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

/** Over WebSocket only subscriptions: queries and mutations go over HTTP (CSRF checks, rate limits). */
function onlySubscriptions(_ctx: WsContext, _id: string, payload: SubscribePayload): readonly GraphQLError[] | void {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch (error) {
    return formatErrors([error instanceof GraphQLError ? error : new GraphQLError('Invalid query.')], 'GRAPHQL_PARSE_FAILED');
  }
  const chosen = payload.operationName
    ? operations.find((o) => o.name?.value === payload.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (chosen?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [
      new GraphQLError('Only subscriptions over WebSocket; send queries and mutations over HTTP.', {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ];
  }
}

/** Apollo settings: one place for what the GraphQL endpoint accepts and how it answers. */
export function graphqlOptions(config: AppConfig, gate?: SubscriptionGate): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError,
    // Parsed and validated documents are cached by Apollo's default documentStore (keyed by the
    // query text's hash), so the limit rules above run once per distinct document, not per request.
    plugins: [ApolloServerPluginCacheControlDisabled(), noStore],
    ...(gate && {
      subscriptions: {
        'graphql-ws': {
          onConnect: (ctx: WsContext) => gate.onConnect(ctx),
          onSubscribe: onlySubscriptions,
          // graphql-ws's own `validate` option: Nest passes it through to useServer, its type omits it.
          ...({ validate: withLimits } as object),
          onNext: (_ctx: WsContext, _id: string, _payload: SubscribePayload, _args: unknown, result: ExecutionResult) =>
            formatResult(result),
        },
      },
    }),
    context: async (arg: { req: DialoogRequest; res: Response } | WsContext): Promise<GraphqlContext> => {
      if (gate && 'extra' in arg) {
        // A subscription: no HTTP response exists; only mutations (HTTP only) would use one.
        return { req: await gate.requestFor(arg), res: undefined as unknown as Response, loaders: new Loaders() };
      }
      const { req, res } = arg as { req: DialoogRequest; res: Response };
      return { req, res, loaders: new Loaders() };
    },
  };
}
