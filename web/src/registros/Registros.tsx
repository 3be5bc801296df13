import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export default function Registros() {
  usePageTitle('Registros');
  return <Title order={1}>Registros</Title>;
}
