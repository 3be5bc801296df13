import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import { ErrorBody } from '../errors/error-body';
import { jsonNestingTooDeep } from './json-depth';

export interface BodyLimits {
  /** The largest JSON body a route that needs a sign-in accepts, in bytes. */
  signedIn: number;
  /** The largest JSON body a public route accepts (sign-in, health) or an unknown path, in bytes. */
  public: number;
  /** How many objects and arrays may nest inside one another. */
  maxDepth: number;
}

const TOO_LARGE: ErrorBody = {
  statusCode: 413,
  code: 'PAYLOAD_TOO_LARGE',
  message: 'El contenido enviado excede el tamaño permitido',
};

const LENGTH_REQUIRED: ErrorBody = {
  statusCode: 411,
  code: 'LENGTH_REQUIRED',
  message: 'Indique el largo del contenido enviado (Content-Length)',
};

// Body parsing errors happen before Nest's filters; answer them here with the usual error shape.
const bodyErrors = (limits: BodyLimits): Record<string, ErrorBody> => ({
  'entity.parse.failed': {
    statusCode: 400,
    code: 'MALFORMED_JSON',
    message: 'El cuerpo de la solicitud no es JSON válido',
  },
  'entity.too.deep': {
    statusCode: 400,
    code: 'JSON_TOO_DEEP',
    message: `El cuerpo de la solicitud tiene más de ${limits.maxDepth} niveles de objetos o listas anidados`,
  },
  'entity.too.large': TOO_LARGE,
  'encoding.unsupported': {
    statusCode: 415,
    code: 'UNSUPPORTED_ENCODING',
    message: 'Codificación de contenido no soportada',
  },
  'charset.unsupported': {
    statusCode: 415,
    code: 'UNSUPPORTED_CHARSET',
    message: 'Juego de caracteres no soportado; envíe el JSON en UTF-8',
  },
});

class BodyRefused extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
  ) {
    super(type);
  }
}

// Runs on the raw bytes before JSON.parse: a body of a million nested brackets is refused at the
// 33rd instead of holding the event loop for a second while JSON.parse builds it.
const verifyDepth =
  (maxDepth: number) =>
  (_request: Request, _response: Response, bytes: Buffer, encoding: string): void => {
    // The scan reads ASCII bytes, which only UTF-8 guarantees (and JSON between systems is UTF-8, RFC 8259 §8.1).
    if (encoding !== 'utf-8' && encoding !== 'utf8') throw new BodyRefused('charset.unsupported', 415);
    if (jsonNestingTooDeep(bytes, maxDepth)) throw new BodyRefused('entity.too.deep', 400);
  };

// Where anyone may send a body, one announced larger than the limit, or streamed without
// announcing its length, is refused before a byte of it is read: reading two megabytes to
// refuse them costs the event loop as much as anyone's request.
function refusedUnread(request: Request, limit: number): ErrorBody | null {
  const length = request.headers['content-length'];
  if (length === undefined) return request.headers['transfer-encoding'] === undefined ? null : LENGTH_REQUIRED;
  return Number(length) > limit ? TOO_LARGE : null;
}

/**
 * JSON body parsing with a size bound that depends on who may call the route: whoever needs no
 * sign-in (or calls a path that does not exist) may send only a small body, since the body is
 * read before any guard runs. `isPublic` decides by method and path. Every JSON body is refused
 * past `maxDepth` levels of nesting before it is parsed.
 */
export function jsonBodyParser(
  limits: BodyLimits,
  isPublic: (method: string, path: string) => boolean,
): RequestHandler[] {
  const verify = verifyDepth(limits.maxDepth);
  const signedIn = json({ limit: limits.signedIn, verify });
  const open = json({ limit: limits.public, verify });
  const errors = bodyErrors(limits);
  const parse = (request: Request, response: Response, next: NextFunction): void => {
    if (!isPublic(request.method, request.path)) return signedIn(request, response, next);
    const refused = refusedUnread(request, limits.public);
    if (!refused) return open(request, response, next);
    // Answered at once, and the connection closed rather than spent reading what nobody will parse.
    response.setHeader('Connection', 'close');
    response.status(refused.statusCode).json(refused);
  };
  const onError = (error: { type?: string }, _request: Request, response: Response, next: NextFunction): void => {
    const body = error.type ? errors[error.type] : undefined;
    if (!body) return next(error);
    response.status(body.statusCode).json(body);
  };
  return [parse, onError as unknown as RequestHandler];
}
