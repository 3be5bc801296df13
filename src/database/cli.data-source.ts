import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { buildDataSourceOptions } from './data-source';

// Entry for the TypeORM CLI (migration:generate / revert) against DATABASE_URL.
// The embedded default is migrated by `npm run migrate` and at start.
const config = loadConfig(process.env);
if (!config.databaseUrl) {
  throw new Error('El CLI de TypeORM necesita DATABASE_URL; para la base embebida use npm run migrate');
}
export default new DataSource(buildDataSourceOptions(config.databaseUrl, 2));
