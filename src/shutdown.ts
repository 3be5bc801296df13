import { INestApplicationContext } from '@nestjs/common';

// SIGTERM/SIGINT: stop taking work, let running work finish, close the pool, then stop what the
// runtime started (the embedded PostgreSQL). A second signal exits at once.
export function installShutdown(app: INestApplicationContext, runtime: { shutdown(): Promise<void> }): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    process.stdout.write(`Recibido ${signal}: cerrando…\n`);
    const deadline = setTimeout(() => process.exit(1), 25_000);
    deadline.unref();
    void app
      .close()
      .catch(() => undefined)
      .then(() => runtime.shutdown())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
