import { Agent } from 'node:http';
import { jsonRequest } from '../support/json-request';

export interface Sample {
  /** ms since the run's clock started. */
  at: number;
  ms: number;
  route: string;
  /** HTTP status, or 0 when no answer came (connection error or client timeout). */
  status: number;
  code?: string;
}

export type Outcome<T> =
  { kind: 'answer'; status: number; body: T; ms: number } | { kind: 'no-answer'; reason: string; ms: number };

export interface ErrorBody {
  code?: string;
  message?: string;
  error?: Record<string, unknown>;
}

// A JSON client on node:http with kept-alive connections that never throws: a load generator
// must see a refused connection or a timeout as an outcome to count, not as a crash. Every call
// is kept as a sample for the figures.
export class LoadHttp {
  private readonly base: URL;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512 });
  readonly samples: Sample[] = [];

  constructor(
    base: string,
    private readonly timeoutMs: number,
    private readonly clock: () => number,
  ) {
    this.base = new URL(base);
  }

  async call<T>(method: string, path: string, token: string | null, body?: unknown, route = path): Promise<Outcome<T>> {
    const startedAt = this.clock();
    const started = performance.now();
    let outcome: Outcome<T>;
    try {
      const answer = await jsonRequest(this.agent, this.base, {
        method,
        path,
        token,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      outcome = { kind: 'answer', status: answer.status, body: answer.body as T, ms: performance.now() - started };
    } catch (error) {
      outcome = { kind: 'no-answer', reason: reasonOf(error), ms: performance.now() - started };
    }
    const sample: Sample = {
      at: startedAt,
      ms: outcome.ms,
      route: `${method} ${route}`,
      status: outcome.kind === 'answer' ? outcome.status : 0,
    };
    if (outcome.kind === 'answer' && outcome.status >= 400) sample.code = (outcome.body as ErrorBody | null)?.code;
    if (outcome.kind === 'no-answer') sample.code = outcome.reason;
    this.samples.push(sample);
    return outcome;
  }

  close(): void {
    this.agent.destroy();
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'TIMEOUT';
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error)).slice(0, 60);
}
