import { HttpStatus } from '@nestjs/common';

// A refusal the user can act on: a stable machine-readable code, a Spanish message, an HTTP status.
export class DomainException extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string): DomainException =>
  new DomainException(HttpStatus.NOT_FOUND, code, message);

export const forbidden = (
  message = 'No tiene permiso para realizar esta acción',
  code = 'FORBIDDEN',
): DomainException => new DomainException(HttpStatus.FORBIDDEN, code, message);

export const conflict = (code: string, message: string, details?: Record<string, unknown>): DomainException =>
  new DomainException(HttpStatus.CONFLICT, code, message, details);

export const unprocessable = (code: string, message: string, details?: Record<string, unknown>): DomainException =>
  new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, code, message, details);

export const badRequest = (code: string, message: string, details?: Record<string, unknown>): DomainException =>
  new DomainException(HttpStatus.BAD_REQUEST, code, message, details);

export const unauthenticated = (message = 'Debe iniciar sesión'): DomainException =>
  new DomainException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', message);
