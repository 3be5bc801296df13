import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import { ErrorBody } from '../errors/error-body';

// Body parsing errors happen before Nest's filters; answer them here with the usual error shape.
const BODY_ERRORS: Record<string, ErrorBody> = {
  'entity.parse.failed': {
    statusCode: 400,
    code: 'MALFORMED_JSON',
    message: 'El cuerpo de la solicitud no es JSON válido',
  },
  'entity.too.large': {
    statusCode: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'El contenido enviado excede el tamaño permitido',
  },
  'encoding.unsupported': {
    statusCode: 415,
    code: 'UNSUPPORTED_ENCODING',
    message: 'Codificación de contenido no soportada',
  },
  'charset.unsupported': { statusCode: 415, code: 'UNSUPPORTED_CHARSET', message: 'Juego de caracteres no soportado' },
};

export function jsonBodyParser(limit: string): RequestHandler[] {
  const onError = (error: { type?: string }, _request: Request, response: Response, next: NextFunction): void => {
    const body = error.type ? BODY_ERRORS[error.type] : undefined;
    if (!body) return next(error);
    response.status(body.statusCode).json(body);
  };
  return [json({ limit }), onError as unknown as RequestHandler];
}
