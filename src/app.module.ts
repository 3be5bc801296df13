import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BootstrapModule } from './bootstrap/bootstrap.module';
import { existingRequestId } from './common/http/request-id';
import { CyclesModule } from './cycles/cycles.module';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/load-config';
import { buildDataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DocumentKindsModule } from './document-kinds/document-kinds.module';
import { DocumentStartsModule } from './document-starts/document-starts.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OverviewModule } from './overview/overview.module';
import { ObservationsModule } from './observations/observations.module';
import { RemindersModule } from './reminders/reminders.module';
import { OutboxModule } from './outbox/outbox.module';
import { RecordsModule } from './records/records.module';
import { JobsModule, JobsRole } from './jobs/jobs.module';
import { UsersModule } from './users/users.module';

// The API (role 'api') and the worker process (role 'worker') are the same application; the
// worker has no HTTP server and is the only one running queue processors when Redis is configured.
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, role: JobsRole): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Every route, in Nest 11's path syntax (the library's default '*' becomes '/api/*'
          // under the global prefix, which Nest warns about at each start).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: existingRequestId,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(config.databaseUrl ?? '', role === 'worker' ? 5 : 10, config.statementTimeoutMs),
          // Fail fast at boot instead of retrying for minutes; the orchestrator restarts us.
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
        JobsModule.forRoot(config, role),
        AuditModule,
        AuthModule,
        UsersModule,
        AgenciesModule,
        CyclesModule,
        InboxModule,
        OutboxModule.forRoot(role === 'api'),
        RecordsModule,
        ObservationsModule,
        IndicatorsModule,
        CommitmentsModule,
        DeadlinesModule,
        RemindersModule,
        NotificationsModule,
        OverviewModule,
        DocumentKindsModule,
        DocumentStartsModule,
        HealthModule,
        ...(role === 'api' ? [BootstrapModule] : []),
      ],
    };
  }
}
