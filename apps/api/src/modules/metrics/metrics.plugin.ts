import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service.js';

/** Times every GraphQL operation (name, query/mutation, ok/error) for /metrics. */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    return Promise.resolve({
      willSendResponse(request) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.recordOperation(request.operationName, request.operation?.operation ?? 'invalid', seconds, !request.errors?.length);
        return Promise.resolve();
      },
    });
  }
}
