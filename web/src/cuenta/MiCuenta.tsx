import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export default function MiCuenta() {
  usePageTitle('MiCuenta');
  return <Title order={1}>MiCuenta</Title>;
}
