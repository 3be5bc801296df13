import { ValidationError } from '@nestjs/common';
import { DomainException, badRequest } from './domain.exception';

export interface FieldError {
  path: string;
  message: string;
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

// Used by the global ValidationPipe so that every bad body answers with field errors in one shape.
export function validationExceptionFactory(errors: ValidationError[]): DomainException {
  return badRequest('VALIDATION_FAILED', 'Los datos enviados no son válidos', {
    fields: flattenValidationErrors(errors),
  });
}
