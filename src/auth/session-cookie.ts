import type { Request, Response } from 'express';
import type { AppConfig } from '../config/load-config';

export const SESSION_COOKIE = 'enfoque_sesion';
// Sent by the web app on every state-changing request. A page of another site can only add a
// custom header through a CORS preflight, which this API never grants.
export const CSRF_HEADER = 'x-enfoque-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionTokenOf(request: Request): string | undefined {
  const cookies = (request as { cookies?: Record<string, unknown> }).cookies;
  const value: unknown = cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function setSessionCookie(response: Response, token: string, config: AppConfig): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: config.jwtTtlSeconds * 1000,
  });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicUrl.startsWith('https:'),
    path: '/',
  });
}

// A browser request that changes state must come from our own pages: it carries the app's header,
// and its Origin (when the browser sends one) is ours.
export function isCrossSiteWrite(request: Request, config: AppConfig): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.headers[CSRF_HEADER] !== '1') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  const allowed = new Set([new URL(config.publicUrl).origin]);
  const host = request.headers.host;
  if (host) allowed.add(`${request.protocol}://${host}`);
  return !allowed.has(origin);
}
