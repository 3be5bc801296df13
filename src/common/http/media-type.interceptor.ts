import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DomainException } from '../errors/domain.exception';

type Consumed = 'application/json' | 'multipart/form-data';

const REFUSALS: Record<Consumed, string> = {
  'application/json': 'Esta operación recibe JSON: envíe el cuerpo con Content-Type: application/json',
  'multipart/form-data': 'Esta operación recibe un archivo: envíelo como multipart/form-data',
};

/** Whether the request carries a body at all (a POST without one sends Content-Length: 0). */
function carriesBody(request: Request): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > 0;
}

const mediaTypeOf = (request: Request): string =>
  (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

// A body the route cannot read answers 415, instead of reaching validation as an empty body (and
// a list of contradictory field errors). Runs after the access guard: who may not call the route
// learns nothing about it. A route that takes an @UploadedFile() reads multipart/form-data, one that
// takes a @Body() reads JSON; routes that read no body ignore any.
@Injectable()
export class MediaTypeInterceptor implements NestInterceptor {
  private readonly consumedBy = new WeakMap<object, Consumed | null>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      const consumed = this.consumed(context);
      if (consumed && carriesBody(request) && mediaTypeOf(request) !== consumed)
        throw new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', REFUSALS[consumed]);
    }
    return next.handle();
  }

  private consumed(context: ExecutionContext): Consumed | null {
    const handler = context.getHandler();
    let consumed = this.consumedBy.get(handler);
    if (consumed === undefined) {
      const args = Object.keys(
        (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as object,
      );
      const takes = (...types: RouteParamtypes[]) =>
        args.some((key) => types.some((type) => key.startsWith(`${type}:`)));
      consumed = takes(RouteParamtypes.FILE, RouteParamtypes.FILES)
        ? 'multipart/form-data'
        : takes(RouteParamtypes.BODY)
          ? 'application/json'
          : null;
      this.consumedBy.set(handler, consumed);
    }
    return consumed;
  }
}
