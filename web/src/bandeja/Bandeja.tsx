import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export function Bandeja() {
  usePageTitle('Bandeja');
  return <Title order={1}>Bandeja</Title>;
}
