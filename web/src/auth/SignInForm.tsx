import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Me } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { signIn } from './sign-in';

// The same form signs in at the start and again when a session ended mid-work.
export function SignInForm({
  initialEmail = '',
  onSignedIn,
}: {
  initialEmail?: string;
  onSignedIn: (user: Me) => void;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ email: false, password: false });
  const mutation = useMutation({ mutationFn: () => signIn(email.trim(), password), onSuccess: onSignedIn });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const now = { email: !email.trim(), password: !password };
    setMissing(now);
    if (!now.email && !now.password) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={mutation.error} title="No pudo ingresar" />
        <TextInput
          label="Correo electrónico"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          data-autofocus
          error={missing.email ? 'Escriba su correo electrónico' : undefined}
        />
        <PasswordInput
          label="Contraseña"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing.password ? 'Escriba su contraseña' : undefined}
          aria-invalid={missing.password || undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la contraseña' }}
        />
        <Button type="submit" loading={mutation.isPending}>
          Ingresar
        </Button>
      </Stack>
    </form>
  );
}
