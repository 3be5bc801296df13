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
    log(`\nEnfoque: ${result.publicUrl}  (npm start, si aún no está en marcha)`);
    log('\nPersonas y credenciales (también en DATA_DIR/demo-credentials.json):\n');
    for (const c of result.credentials)
      log(`  ${c.label.padEnd(42)} ${(c.name ?? '').padEnd(26)} ${c.email.padEnd(40)} ${c.password}`);
    log('\nQué espera a cada persona en su Bandeja:\n');
    for (const { credential, tasks } of result.awaiting) {
      log(`  ${credential.name ?? credential.email} (${credential.email})`);
      if (tasks.length === 0)
        log(`    ${credential.label}: nada pendiente; puede consultar los registros de los ciclos`);
      for (const task of tasks) log(`    ${task}`);
    }
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
