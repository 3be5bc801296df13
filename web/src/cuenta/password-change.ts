import { ApiError } from '../api/client';

// The rules of a new password, checked in the browser before anything is sent (the server checks
// them again and answers the same words).
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

export interface PasswordChange {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordField = keyof PasswordChange;
export type PasswordErrors = Partial<Record<PasswordField, string>>;

export function checkPasswordChange({ current, next, repeat }: PasswordChange): PasswordErrors {
  const errors: PasswordErrors = {};
  if (!current) errors.current = 'Escriba su contraseña actual';
  if (!next) errors.next = 'Escriba la contraseña nueva';
  else if (next.length < MIN_PASSWORD)
    errors.next = `La contraseña nueva debe tener al menos ${MIN_PASSWORD} caracteres`;
  else if (next.length > MAX_PASSWORD) errors.next = `La contraseña nueva admite a lo más ${MAX_PASSWORD} caracteres`;
  else if (next === current) errors.next = 'La contraseña nueva debe ser distinta de la actual';
  if (!repeat) errors.repeat = 'Repita la contraseña nueva';
  else if (next && repeat !== next) errors.repeat = 'Las contraseñas nuevas no coinciden';
  return errors;
}

const API_FIELDS: Record<string, PasswordField> = { currentPassword: 'current', newPassword: 'next' };

/** The server's refusal, at the field it is about; null when it is about none of them. */
export function passwordErrorsFromApi(error: unknown): PasswordErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'WRONG_PASSWORD') return { current: error.message };
  if (error.code === 'SAME_PASSWORD') return { next: error.message };
  const fields = error.body.fields;
  if (error.status !== 400 || !Array.isArray(fields)) return null;
  const errors: PasswordErrors = {};
  for (const item of fields as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    const field = typeof path === 'string' ? API_FIELDS[path] : undefined;
    if (field && typeof message === 'string' && !errors[field]) errors[field] = message;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
