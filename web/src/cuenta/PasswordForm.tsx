import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { api } from '../api/client';
import { unlessSessionEnded } from '../auth/unless-session-ended';
import { ErrorAlert } from '../ui/ErrorAlert';
import {
  checkPasswordChange,
  MIN_PASSWORD,
  passwordErrorsFromApi,
  type PasswordChange,
  type PasswordErrors,
  type PasswordField,
} from './password-change';

const EMPTY: PasswordChange = { current: '', next: '', repeat: '' };
const ORDER: PasswordField[] = ['current', 'next', 'repeat'];

// Changing one's own password: checked here first, then by the server, whose refusals appear at
// their field. On success the server closes the person's other sessions and renews this one.
export function PasswordForm() {
  const [values, setValues] = useState<PasswordChange>(EMPTY);
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [changed, setChanged] = useState(false);
  const refs: Record<PasswordField, RefObject<HTMLInputElement | null>> = {
    current: useRef<HTMLInputElement>(null),
    next: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  const done = useRef<HTMLDivElement>(null);

  const showErrors = (found: PasswordErrors) => {
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) refs[first].current?.focus();
  };

  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: () =>
      api<void>('/me/password', {
        method: 'POST',
        body: { currentPassword: values.current, newPassword: values.next },
      }),
    onSuccess: () => {
      setValues(EMPTY);
      setChanged(true);
      requestAnimationFrame(() => done.current?.focus());
    },
    onError: (error) => {
      const found = passwordErrorsFromApi(error);
      if (found) showErrors(found);
    },
  });

  const change = (field: PasswordField) => (value: string) => {
    setValues((now) => ({ ...now, [field]: value }));
    setErrors((now) => ({ ...now, [field]: undefined }));
    setChanged(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const found = checkPasswordChange(values);
    if (Object.keys(found).length > 0) showErrors(found);
    else {
      setErrors({});
      mutation.mutate();
    }
  };

  const refusal = mutation.error && !passwordErrorsFromApi(mutation.error) ? unlessSessionEnded(mutation.error) : null;
  return (
    <form onSubmit={submit} noValidate aria-label="Cambiar contraseña">
      <Stack gap="md" maw={420}>
        {changed && (
          <Alert ref={done} tabIndex={-1} color="green" variant="light" role="status" title="Contraseña cambiada">
            Su contraseña cambió. Por seguridad se cerraron sus otras sesiones abiertas en otros navegadores o equipos;
            esta sigue abierta.
          </Alert>
        )}
        <ErrorAlert error={refusal} title="No se pudo cambiar la contraseña" />
        <PasswordInput
          ref={refs.current}
          label="Contraseña actual"
          autoComplete="current-password"
          required
          value={values.current}
          onChange={(event) => change('current')(event.currentTarget.value)}
          error={errors.current}
          aria-invalid={errors.current ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la contraseña actual' }}
        />
        <PasswordInput
          ref={refs.next}
          label="Contraseña nueva"
          description={`Al menos ${MIN_PASSWORD} caracteres. Una frase fácil de recordar es más segura que una palabra corta con símbolos.`}
          autoComplete="new-password"
          required
          value={values.next}
          onChange={(event) => change('next')(event.currentTarget.value)}
          error={errors.next}
          aria-invalid={errors.next ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la contraseña nueva' }}
        />
        <PasswordInput
          ref={refs.repeat}
          label="Repita la contraseña nueva"
          autoComplete="new-password"
          required
          value={values.repeat}
          onChange={(event) => change('repeat')(event.currentTarget.value)}
          error={errors.repeat}
          aria-invalid={errors.repeat ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la repetición de la contraseña nueva' }}
        />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          Cambiar contraseña
        </Button>
      </Stack>
    </form>
  );
}
