import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { prepareRuntime } from '../src/database/runtime';
import { DemoModule } from '../src/demo/demo.module';
import { DemoSeedService } from '../src/demo/demo-seed.service';

async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const runtime = await prepareRuntime({ LOG_LEVEL: 'warn', ...process.env }, log);
  const app = await NestFactory.createApplicationContext(
    { module: class DemoSeedModule {}, imports: [AppModule.forRoot(runtime.config, 'api'), DemoModule] },
    { logger: ['error', 'warn'] },
  );
  try {
    const result = await app.get(DemoSeedService).seed();
    log(result.created ? '\nServicio de demostración creado.' : '\nEl servicio de demostración ya existía.');
    log('Credenciales (también en DATA_DIR/demo-credentials.json):\n');
    for (const c of result.credentials) log(`  ${c.label.padEnd(44)} ${c.email.padEnd(36)} ${c.password}`);
    log('');
  } finally {
    await app.close();
    await runtime.shutdown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo crear la demostración: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
