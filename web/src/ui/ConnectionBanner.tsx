import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';

/** Says at once when the connection is lost, and that nothing typed is lost with it. */
export function ConnectionBanner() {
  const { online } = useNetwork();
  if (online) return null;
  return (
    <Alert color="orange" variant="filled" mb="md" role="alert" title="Sin conexión">
      Se perdió la conexión con Enfoque. Lo que escribió se conserva en esta pantalla; podrá enviarlo cuando se
      restablezca.
    </Alert>
  );
}
