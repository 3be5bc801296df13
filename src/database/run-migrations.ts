import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source';

// One key for every Enfoque process: two that start together (MIGRATE_ON_START, several API
// replicas) apply the migrations once, the second waiting for the first.
const MIGRATION_LOCK = 0x656e666f; // 'enfo'

async function withDataSource<T>(url: string, run: (dataSource: DataSource) => Promise<T>): Promise<T> {
  // One connection: the advisory lock is held by the session that runs the migrations.
  const dataSource = new DataSource(buildDataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    return await run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

/** The migrations of this release that the database has not applied yet, oldest first. */
export async function pendingMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    const [{ present }] = await dataSource.query<[{ present: boolean }]>(
      `SELECT to_regclass('migrations') IS NOT NULL AS present`,
    );
    const rows = present ? await dataSource.query<{ name: string }[]>('SELECT name FROM migrations') : [];
    const applied = new Set(rows.map((row) => row.name));
    return dataSource.migrations
      .map((migration) => migration.name ?? migration.constructor.name)
      .filter((name) => !applied.has(name));
  });
}
