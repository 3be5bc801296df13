import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export default function Ciclo() {
  usePageTitle('Ciclo');
  return <Title order={1}>Ciclo</Title>;
}
