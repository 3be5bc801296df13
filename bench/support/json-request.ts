import { Agent, request } from 'node:http';

export interface JsonAnswer {
  status: number;
  /** The parsed body; a body that is not JSON comes back as { code: 'NOT_JSON', message }. */
  body: unknown;
}

// One JSON request over node:http with a kept-alive agent (lighter than fetch, so that a
// benchmark measures the server, not the client). Rejects on a connection error or on `signal`.
export function jsonRequest(
  agent: Agent,
  base: URL,
  options: { method: string; path: string; token: string | null; body?: unknown; signal?: AbortSignal },
): Promise<JsonAnswer> {
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: options.method,
        path: `${base.pathname}${options.path}`,
        signal: options.signal,
        headers: {
          'content-type': 'application/json',
          ...(payload ? { 'content-length': payload.length } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = { code: 'NOT_JSON', message: text.slice(0, 200) };
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
