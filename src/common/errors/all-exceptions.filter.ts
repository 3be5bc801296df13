import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';
import { ErrorBody } from './error-body';

const HTTP_CODES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'La solicitud no es válida'],
  401: ['UNAUTHENTICATED', 'Debe iniciar sesión'],
  403: ['FORBIDDEN', 'No tiene permiso para realizar esta acción'],
  404: ['NOT_FOUND', 'El recurso solicitado no existe'],
  405: ['METHOD_NOT_ALLOWED', 'Método no permitido'],
  409: ['CONFLICT', 'La operación entra en conflicto con el estado actual'],
  413: ['PAYLOAD_TOO_LARGE', 'El contenido enviado excede el tamaño permitido'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Tipo de contenido no soportado'],
  422: ['UNPROCESSABLE', 'La solicitud no puede procesarse'],
  429: ['TOO_MANY_REQUESTS', 'Demasiadas solicitudes; intente nuevamente en unos minutos'],
  503: ['SERVICE_UNAVAILABLE', 'El servicio no está disponible en este momento; intente nuevamente'],
};

// PostgreSQL error classes that mean "the database is unreachable or shutting down", not a bug.
const UNAVAILABLE_SQLSTATE = /^(08|57P0)/;
// query_canceled: a statement ran past statement_timeout (the database is overloaded or a lock is held).
const STATEMENT_TIMEOUT_SQLSTATE = '57014';
// How long a client should wait before asking again after a 503, in seconds.
export const RETRY_AFTER_SECONDS = 5;

/** The answer to an exception: its body, and whether it is unexpected (logged as an error). */
export function bodyFor(exception: unknown): { body: ErrorBody; unexpected: boolean } {
  if (exception instanceof DomainException) {
    return {
      // Details (fields, allowed, problems…) sit at the top level, once, where clients look for them.
      body: {
        ...exception.details,
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
      },
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    // The health check's 503 says which dependency is down.
    if (status === 503 && typeof response === 'object' && response !== null && 'error' in response) {
      const [code, message] = HTTP_CODES[503];
      return { body: { ...(response as Record<string, unknown>), statusCode: 503, code, message }, unexpected: false };
    }
    const [code, message] = HTTP_CODES[status] ?? ['HTTP_ERROR', 'La solicitud no pudo completarse'];
    return { body: { statusCode: status, code, message }, unexpected: status >= 500 };
  }
  const raw = exception as { status?: number; type?: string; code?: string };
  if (raw && typeof raw.status === 'number' && raw.status >= 400 && raw.status < 500) {
    const code = raw.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : (HTTP_CODES[raw.status]?.[0] ?? 'BAD_REQUEST');
    const message =
      raw.type === 'entity.parse.failed'
        ? 'El cuerpo de la solicitud no es JSON válido'
        : (HTTP_CODES[raw.status]?.[1] ?? 'La solicitud no es válida');
    return { body: { statusCode: raw.status, code, message }, unexpected: false };
  }
  if (isDatabaseUnavailable(exception)) {
    const [code, message] = HTTP_CODES[503];
    return { body: { statusCode: 503, code, message }, unexpected: true };
  }
  if (isStatementTimeout(exception)) {
    return {
      body: {
        statusCode: 503,
        code: 'DATABASE_BUSY',
        message: 'La base de datos tardó demasiado en responder; intente nuevamente en unos momentos',
      },
      unexpected: true,
    };
  }
  return {
    body: {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Ocurrió un error interno; el equipo técnico fue notificado',
    },
    unexpected: true,
  };
}

const sqlState = (exception: unknown): string | undefined =>
  exception instanceof QueryFailedError
    ? (exception.driverError as { code?: string }).code
    : (exception as { code?: string } | null)?.code;

export function isStatementTimeout(exception: unknown): boolean {
  return sqlState(exception) === STATEMENT_TIMEOUT_SQLSTATE;
}

export function isDatabaseUnavailable(exception: unknown): boolean {
  const code = sqlState(exception);
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET'))
    return true;
  const message = exception instanceof Error ? exception.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/.test(message);
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errores');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request & { id?: string }>();
    const { body, unexpected } = bodyFor(exception);
    const requestId = request.id ? String(request.id) : undefined;
    if (unexpected) {
      this.logger.error({ err: exception, requestId, path: request.url }, 'Error no controlado');
      body.requestId = requestId;
    }
    if (body.statusCode === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    if (body.statusCode === 503 && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }
}
