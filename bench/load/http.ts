import { Agent, request } from 'node:http';

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

  call<T>(method: string, path: string, token: string | null, body?: unknown, route = path): Promise<Outcome<T>> {
    const startedAt = this.clock();
    const started = performance.now();
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise<Outcome<T>>((resolve) => {
      let settled = false;
      const finish = (outcome: Outcome<T>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const sample: Sample = {
          at: startedAt,
          ms: outcome.ms,
          route: `${method} ${route}`,
          status: outcome.kind === 'answer' ? outcome.status : 0,
        };
        if (outcome.kind === 'answer' && outcome.status >= 400) sample.code = (outcome.body as ErrorBody | null)?.code;
        if (outcome.kind === 'no-answer') sample.code = outcome.reason;
        this.samples.push(sample);
        resolve(outcome);
      };
      const req = request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path: `${this.base.pathname}${path}`,
          headers: {
            'content-type': 'application/json',
            ...(payload ? { 'content-length': payload.length } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = { code: 'NOT_JSON', message: text.slice(0, 200) };
            }
            finish({ kind: 'answer', status: res.statusCode ?? 0, body: parsed as T, ms: performance.now() - started });
          });
          res.on('error', (error) =>
            finish({ kind: 'no-answer', reason: reasonOf(error), ms: performance.now() - started }),
          );
        },
      );
      // finish() reads it only from callbacks, which run after this line.
      const timer = setTimeout(() => {
        finish({ kind: 'no-answer', reason: 'TIMEOUT', ms: performance.now() - started });
        req.destroy();
      }, this.timeoutMs);
      req.on('error', (error) =>
        finish({ kind: 'no-answer', reason: reasonOf(error), ms: performance.now() - started }),
      );
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function reasonOf(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? error.message.slice(0, 60);
}
