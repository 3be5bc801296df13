import { Agent, request } from 'node:http';

// A small JSON client on node:http with kept-alive connections (lighter than fetch, so that
// the load generator is not what a benchmark measures).
export class Http {
  private readonly url: URL;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  constructor(base: string) {
    this.url = new URL(base);
  }

  call<T = unknown>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: T; ms: number }> {
    const started = performance.now();
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path: `${this.url.pathname}${path}`,
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
            try {
              resolve({
                status: res.statusCode ?? 0,
                body: (text ? JSON.parse(text) : null) as T,
                ms: performance.now() - started,
              });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async ok<T = unknown>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    expected = [200, 201],
  ): Promise<T> {
    const result = await this.call<T>(method, path, token, body);
    if (!expected.includes(result.status))
      throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  async login(email: string, password: string): Promise<string> {
    return (await this.ok<{ accessToken: string }>('POST', '/auth/login', null, { email, password })).accessToken;
  }

  close(): void {
    this.agent.destroy();
  }
}
