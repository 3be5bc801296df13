import { Box, Container, Paper, Text, Title } from '@mantine/core';
import type { ApiError } from '../api/client';
import type { Me } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SignInForm } from './SignInForm';

export function Ingresar({ onSignedIn, problem }: { onSignedIn: (user: Me) => void; problem: ApiError | null }) {
  return (
    <Box component="main" id="contenido" bg="gray.0" mih="100vh" py={60}>
      <Container size={440}>
        <Title order={1} ta="center" c="gobNavy.9">
          Enfoque
        </Title>
        <Text ta="center" c="dimmed" mb="lg">
          Sistema Enfoque de Género del PMG
        </Text>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={2} size="h3" mb="md">
            Ingresar
          </Title>
          <ErrorAlert error={problem} title="Enfoque no responde" />
          <SignInForm onSignedIn={onSignedIn} />
        </Paper>
        <Text size="sm" ta="center" mt="md" c="dimmed">
          ¿Olvidó su contraseña? Pida a la administración de Enfoque que la restablezca.
        </Text>
      </Container>
    </Box>
  );
}
