import 'reflect-metadata';
import { loadConfig } from './config/load-config';
import { ensureSchema, prepareRuntime } from './database/runtime';
import { createHttpApp } from './http-app';
import { openSigningIdentity } from './records/signing/record-signer';
import { installShutdown } from './shutdown';

async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`${message}\n`);
  // The records' certificate first: one that cannot sign stops the start with its Spanish message
  // before the embedded database starts (inside Nest, a failing provider exits without it).
  openSigningIdentity(loadConfig(process.env));
  const runtime = await prepareRuntime(process.env, log);
  await ensureSchema(runtime, log);
  const app = await createHttpApp(runtime.config);
  installShutdown(app, runtime);
  // Longer than the usual load balancer idle timeout (60 s), so that the proxy closes first and a
  // reused connection is never cut under a request.
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(runtime.config.port, runtime.config.databaseMode === 'embedded' ? '127.0.0.1' : '0.0.0.0');
  log(
    `Enfoque escuchando en ${runtime.config.publicUrl} (base de datos ${runtime.config.databaseMode === 'embedded' ? 'embebida' : 'externa'}, trabajos ${runtime.config.redisUrl ? 'en Redis' : 'en proceso'})`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar Enfoque: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
