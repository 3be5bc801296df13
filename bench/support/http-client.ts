import { Agent } from 'node:http';
import { jsonRequest } from './json-request';

// A small JSON client for benchmarks that throws on unexpected answers.
export class Http {
  private readonly url: URL;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  constructor(base: string) {
    this.url = new URL(base);
  }

  async call<T = unknown>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: T; ms: number }> {
    const started = performance.now();
    const answer = await jsonRequest(this.agent, this.url, { method, path, token, body });
    return { status: answer.status, body: answer.body as T, ms: performance.now() - started };
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
