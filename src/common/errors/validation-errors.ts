import { ValidationError } from '@nestjs/common';
import { DomainException, badRequest } from './domain.exception';

export interface FieldError {
  path: string;
  message: string;
}

// class-validator's own checks (forbidNonWhitelisted, nested values, unknown values) answer in
// English whatever the DTO says; users read Spanish.
const IMPLICIT: Record<string, (path: string) => string> = {
  whitelistValidation: (path) => `La propiedad «${path}» no está permitida`,
  nestedValidation: (path) => `${path} debe ser un objeto`,
  unknownValue: () => 'Se esperaba un objeto',
};

export const requiredMessage = (label: string): string => `«${label}» es obligatorio`;

// A hostile body can break every rule at once; a few errors say enough.
export const MAX_FIELD_ERRORS = 100;

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // A missing value breaks every rule of its field at once ("debe ser texto", "admite a lo más
    // 254 caracteres"...); what the person needs to read is one thing. Optional fields are not
    // validated when absent, so an error here means the field is required.
    const missing =
      (error.value === undefined || error.value === null) &&
      constraints.length > 0 &&
      !constraints.some(([name]) => name === 'whitelistValidation');
    const own = missing
      ? [{ path, message: requiredMessage(path) }]
      : constraints.map(([name, message]) => ({ path, message: IMPLICIT[name]?.(path) ?? message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

// Used by the global ValidationPipe so that every bad body answers with field errors in one shape.
export function validationExceptionFactory(errors: ValidationError[]): DomainException {
  return badRequest('VALIDATION_FAILED', 'Los datos enviados no son válidos', {
    fields: flattenValidationErrors(errors).slice(0, MAX_FIELD_ERRORS),
  });
}
