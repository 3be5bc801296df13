// npm run api:types: writes the API's OpenAPI document (web/src/api/openapi.json), the web
// app's types generated from it (web/src/api/schema.d.ts) and the JSON Schema of every kind of
// document (web/src/api/document-kinds.json, which the web app's form tests read). The application is created in
// preview mode: its modules and routes are read, nothing is instantiated, no database is needed.
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { contentSchemas } from '../src/document-kinds/content-schema';
import { AppConfig } from '../src/config/load-config';
import { buildOpenApiDocument } from '../src/http-app';

const OFFLINE_CONFIG: AppConfig = {
  port: 0,
  databaseMode: 'external',
  databaseUrl: 'postgres://nadie@127.0.0.1:1/sin-base',
  migrateOnStart: false,
  dataDir: join(__dirname, '..', 'data'),
  queuePrefix: 'openapi',
  jobLockMs: 30_000,
  jwtSecret: 'solo-para-generar-el-documento-openapi',
  jwtTtlSeconds: 3600,
  admin: { email: 'admin@enfoque.local', password: 'no-se-usa-en-la-generacion' },
  publicUrl: 'http://localhost',
  logLevel: 'silent',
  loginThrottleLimit: 10,
  statementTimeoutMs: 30_000,
  renderThreads: 1,
  dossierConcurrency: 4,
};

export const OPENAPI_JSON = join(__dirname, '..', 'web', 'src', 'api', 'openapi.json');
export const SCHEMA_TS = join(__dirname, '..', 'web', 'src', 'api', 'schema.d.ts');
export const DOCUMENT_KINDS_JSON = join(__dirname, '..', 'web', 'src', 'api', 'document-kinds.json');

/** The document as committed: the same JSON the running API serves, stably formatted. */
export const openApiText = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(OFFLINE_CONFIG, 'api'), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  writeFileSync(OPENAPI_JSON, openApiText(document));
  writeFileSync(DOCUMENT_KINDS_JSON, openApiText(contentSchemas()));
  // ESM-only; loaded here so that this file stays CommonJS like the rest of the project.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as never);
  const banner = '// Generado por `npm run api:types` desde el documento OpenAPI de la API; no editar a mano.\n';
  writeFileSync(SCHEMA_TS, banner + astToString(ast));
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
