// A small JSON client over fetch (undici keeps connections alive) for benchmarks.
export class Http {
  constructor(private readonly base: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: T; ms: number }> {
    const started = performance.now();
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, ms: performance.now() - started };
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
}
