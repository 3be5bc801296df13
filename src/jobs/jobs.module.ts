import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/load-config';
import { BullmqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { QueueName } from './job-names';
import { queueProcessors } from './queue.processors';
import { redisOptionsFromUrl } from './redis-options';

export type JobsRole = 'api' | 'worker';

@Global()
@Module({})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  // With Redis the API only enqueues and the worker process runs the processors; without Redis the
  // API runs the same handlers in-process.
  static forRoot(config: AppConfig, role: JobsRole): DynamicModule {
    const base = { module: JobsModule, global: true, exports: [JobQueue, JobHandlerRegistry] };
    if (!config.redisUrl) {
      return {
        ...base,
        imports: [DiscoveryModule],
        providers: [JobHandlerRegistry, InProcessJobQueue, { provide: JobQueue, useExisting: InProcessJobQueue }],
      };
    }
    const queues = Object.values(QueueName).map((name) => ({ name }));
    return {
      ...base,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection: redisOptionsFromUrl(config.redisUrl), prefix: config.queuePrefix }),
        BullModule.registerQueue(...queues),
      ],
      providers: [
        JobHandlerRegistry,
        { provide: JobQueue, useClass: BullmqJobQueue },
        ...(role === 'worker' ? queueProcessors({ lockDurationMs: config.jobLockMs }) : []),
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
