import { Alert } from '@mantine/core';
import { errorMessage } from '../api/client';

/** A refusal or failure, in the API's Spanish words, announced to screen readers. */
export function ErrorAlert({ error, title = 'No se pudo completar la acción' }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
