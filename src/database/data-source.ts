import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

// One definition for the application, the migration runner and the TypeORM CLI.
export function buildDataSourceOptions(url: string, poolSize = 10, statementTimeoutMs = 30_000): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      // A database outage must answer quickly (503), not hang requests.
      connectionTimeoutMillis: 5_000,
      statement_timeout: statementTimeoutMs,
      application_name: 'enfoque',
    },
  };
}
