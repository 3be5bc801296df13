import { Injectable, Logger } from '@nestjs/common';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { EnqueueOptions, JobName, JobPayloads, RETRY_POLICY } from './job-names';

// The embedded default: the same handlers run inside the API process, with the same retry policy.
// Deduplication by jobId holds while the job is queued or running, as in BullMQ.
@Injectable()
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger('Trabajos');
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private sequence = 0;
  private closed = false;

  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    if (this.closed) return Promise.resolve();
    const key = options.jobId ? `${name}:${options.jobId}` : `${name}:#${++this.sequence}`;
    if (this.inFlight.has(key)) return Promise.resolve();
    const run = this.delay(options.delayMs ?? 0)
      .then(() => (this.closed ? undefined : this.runWithRetries(name, payload)))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    // Pending delays end at once; runWithRetries then sees `closed` and stops.
    for (const [timer, wake] of this.timers) {
      clearTimeout(timer);
      wake();
    }
    await Promise.allSettled(this.inFlight.values());
  }

  /** Test hook: resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  private async runWithRetries<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    for (let attempt = 1; attempt <= RETRY_POLICY.attempts && !this.closed; attempt++) {
      try {
        await this.registry.run(name, payload);
        return;
      } catch (error) {
        this.logger.warn({ err: error, job: name, attempt }, 'Trabajo falló; se reintentará');
        await this.delay(RETRY_POLICY.backoffMs * 2 ** (attempt - 1));
      }
    }
    this.logger.error({ job: name }, 'Trabajo abandonado tras agotar los reintentos');
  }

  private delay(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.set(timer, resolve);
    });
  }
}
