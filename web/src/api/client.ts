import { ERROR_LABELS } from '@procedure/labels';

// Every call to the API goes through here: the session cookie rides along, writes carry the header
// that proves they come from our pages (CSRF), and a refusal becomes an ApiError with the API's
// Spanish message and machine code.
export const CSRF_HEADER = 'X-Enfoque-CSRF';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** No answer at all: the connection was lost or the server is down. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

type Listener = (error: ApiError) => void;
const sessionEndedListeners = new Set<Listener>();

/** Called when a request of a signed-in person answers 401: the session ended under them. */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A 401 here is an answer (wrong password), not an ended session. */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', ERROR_LABELS.NETWORK ?? 'Sin conexión');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw refusal(response.status, body, options.anonymous);
  return body as T;
}

/**
 * The ApiError for an answer that is not a success (also for requests made without fetch, such as
 * an upload that reports its progress); a 401 of a signed-in person ends their session on screen.
 */
export function refusal(status: number, body: unknown, anonymous = false): ApiError {
  const error = toApiError(status, body);
  if (status === 401 && !anonymous) for (const listener of sessionEndedListeners) listener(error);
  return error;
}

function toApiError(status: number, body: unknown): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === 'string' ? record.code : status >= 500 ? 'SERVICE_UNAVAILABLE' : 'ERROR';
  const message =
    typeof record.message === 'string' && status < 500
      ? record.message
      : (ERROR_LABELS[code] ?? 'Enfoque no pudo completar la solicitud. Intente nuevamente en unos minutos.');
  return new ApiError(status, code, message, record);
}

/** What to tell a person about an error: the API's Spanish message, or our own words for its code. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Ocurrió un problema inesperado. Recargue la página; si persiste, avise a la mesa de ayuda.';
}
