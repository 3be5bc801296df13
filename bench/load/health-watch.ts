import type { ErrorBody, LoadHttp } from './http';

export interface HealthChange {
  /** When the answer arrived, in ms of the run's clock. */
  at: number;
  status: number;
  /** Dependencies the health check names as down; 'sin respuesta' when it did not answer. */
  down: string[];
  ms: number;
}

// Polls GET /api/health and keeps each change of what it reports, to show when each outage
// was seen and when it cleared.
export class HealthWatch {
  readonly changes: HealthChange[] = [];
  private timer?: NodeJS.Timeout;
  private polling = false;
  maxMs = 0;

  constructor(
    private readonly http: LoadHttp,
    private readonly clock: () => number,
    private readonly everyMs = 250,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.poll(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get current(): HealthChange | undefined {
    return this.changes[this.changes.length - 1];
  }

  /** Resolves at the first report that satisfies `test`, or with undefined after `timeoutMs`. */
  async waitFor(test: (change: HealthChange) => boolean, timeoutMs: number): Promise<HealthChange | undefined> {
    const deadline = this.clock() + timeoutMs;
    const from = this.changes.length;
    while (this.clock() < deadline) {
      const seen = this.changes.slice(Math.max(0, from - 1)).find(test);
      if (seen) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const outcome = await this.http.call<ErrorBody>('GET', '/health', null);
      this.maxMs = Math.max(this.maxMs, outcome.ms);
      const status = outcome.kind === 'answer' ? outcome.status : 0;
      const down = outcome.kind === 'no-answer' ? ['sin respuesta'] : Object.keys(outcome.body?.error ?? {}).sort();
      const last = this.current;
      if (!last || last.status !== status || last.down.join() !== down.join()) {
        // Stamped when the answer came: that is when a person (or a balancer) would learn it.
        this.changes.push({ at: this.clock(), status, down, ms: outcome.ms });
      }
    } finally {
      this.polling = false;
    }
  }
}
