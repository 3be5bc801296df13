import { Modal, Text } from '@mantine/core';
import type { Me } from '../api/types';
import { SignInForm } from './SignInForm';

// Shown over the screen, which stays as it was with everything typed in it.
export function SesionTerminada({ email, onSignedIn }: { email: string; onSignedIn: (user: Me) => void }) {
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Su sesión terminó"
      centered
    >
      <Text mb="md">Ingrese nuevamente para continuar. Lo que estaba escribiendo se conserva en esta pantalla.</Text>
      <SignInForm initialEmail={email} onSignedIn={onSignedIn} />
    </Modal>
  );
}
