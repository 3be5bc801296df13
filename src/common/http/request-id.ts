import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const VALID = /^[A-Za-z0-9._-]{1,64}$/;

// First middleware of all: every answer, even a body-parsing error, carries the id the logs use.
export function requestId(request: Request & { id?: string }, response: Response, next: NextFunction): void {
  const given = request.headers['x-request-id'];
  request.id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', request.id);
  next();
}

export const existingRequestId = (request: IncomingMessage): string => {
  const id = (request as IncomingMessage & { id?: unknown }).id;
  return typeof id === 'string' ? id : randomUUID();
};
