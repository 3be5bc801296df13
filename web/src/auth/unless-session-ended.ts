import { ApiError } from '../api/client';

/**
 * A refusal to show beside a form, except an ended session: the "Su sesión terminó" dialog already
 * says it, and after signing in again the person simply retries.
 */
export const unlessSessionEnded = (error: unknown): unknown =>
  error instanceof ApiError && error.status === 401 ? null : error;
