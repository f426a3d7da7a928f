import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BullmqJobScheduler } from './bullmq-job-scheduler.js';
import { InProcessJobScheduler } from './in-process-job-scheduler.js';
import { JobScheduler } from './job-scheduler.js';

/** The job scheduler: BullMQ with `REDIS_URL`, otherwise timers in this process. Global: modules register their jobs. */
@Global()
@Module({
  providers: [
    {
      provide: JobScheduler,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): JobScheduler =>
        config.redisUrl ? new BullmqJobScheduler(config) : new InProcessJobScheduler(config),
    },
  ],
  exports: [JobScheduler],
})
export class JobsModule {}
