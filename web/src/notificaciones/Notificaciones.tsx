import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export default function Notificaciones() {
  usePageTitle('Notificaciones');
  return <Title order={1}>Notificaciones</Title>;
}
