import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/access/access.guard.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AuthenticateMiddleware } from './modules/auth/authenticate.middleware.js';
import { HealthModule } from './modules/health/health.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { InitiativeModule } from './modules/initiative/initiative.module.js';
import { ImageModule } from './modules/image/image.module.js';
import { InboxModule } from './modules/inbox/inbox.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { NeedPledgeModule } from './modules/need-pledge/need-pledge.module.js';
import { OrganisationModule } from './modules/organisation/organisation.module.js';
import { StatsModule } from './modules/stats/stats.module.js';
import { ResponseModule } from './modules/response/response.module.js';
import { SupportModule } from './modules/support/support.module.js';
import { MunicipalityModule } from './modules/municipality/municipality.module.js';
import { TenantMiddleware } from './modules/municipality/tenant.middleware.js';
import { UserModule } from './modules/user/user.module.js';
import { CommentModule } from './modules/comment/comment.module.js';
import { FollowModule } from './modules/follow/follow.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { SubscriptionGateService } from './modules/live/subscription-gate.service.js';
import { NotificationModule } from './modules/notification/notification.module.js';
import { ProgressUpdateModule } from './modules/progress-update/progress-update.module.js';
import { ReportModule } from './modules/report/report.module.js';

/** Composition only: configuration, database, GraphQL and the domain modules. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LiveModule],
          inject: [SubscriptionGateService],
          useFactory: (gate: SubscriptionGateService) => graphqlOptions(config, gate),
        }),
        RateLimitModule,
        JobsModule,
        MailModule,
        MetricsModule,
        HealthModule,
        MunicipalityModule,
        AuthModule,
        UserModule,
        InitiativeModule,
        ImageModule,
        SupportModule,
        ResponseModule,
        InboxModule,
        StatsModule,
        NeedPledgeModule,
        OrganisationModule,
        AuditModule,
        CommentModule,
        ProgressUpdateModule,
        ReportModule,
        FollowModule,
        NotificationModule,
        LiveModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TenantMiddleware, AuthenticateMiddleware).forRoutes('graphql', 'calendar/*path', 'api/*path', 'media/*path');
  }
}
