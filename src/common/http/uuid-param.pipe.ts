import { ParseUUIDPipe } from '@nestjs/common';
import { notFound } from '../errors/domain.exception';

// A malformed id names nothing: answer 404 instead of letting PostgreSQL reject the cast.
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => notFound('NOT_FOUND', 'El recurso solicitado no existe'),
});
