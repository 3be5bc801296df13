import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config/load-config';
import { ensureSchema } from './database/runtime';
import { openSigningIdentity } from './records/signing/record-signer';
import { installShutdown } from './shutdown';

// The background worker: no HTTP, only the BullMQ processors. Scale it by running more of them.
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.redisUrl || !config.databaseUrl) {
    throw new Error(
      'El proceso de trabajos necesita REDIS_URL y DATABASE_URL; sin ellos los trabajos corren dentro de la API',
    );
  }
  const log = (message: string) => process.stdout.write(`${message}\n`);
  await ensureSchema({ config, databaseUrl: config.databaseUrl, shutdown: async () => undefined }, log);
  // Before Nest: a records certificate that cannot sign stops the start with its Spanish message
  // (inside Nest, a failing provider exits without it).
  openSigningIdentity(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, 'worker'), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  installShutdown(app, { shutdown: async () => undefined });
  await app.init();
  process.stdout.write('Proceso de trabajos listo\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `No se pudo iniciar el proceso de trabajos: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
