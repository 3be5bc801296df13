import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';

export function NoEncontrado() {
  usePageTitle('Página no encontrada');
  return (
    <Stack>
      <Title order={1}>Página no encontrada</Title>
      <Text>La dirección no corresponde a ninguna pantalla de Enfoque.</Text>
      <Anchor component={Link} to="/">
        Volver a la bandeja
      </Anchor>
    </Stack>
  );
}
