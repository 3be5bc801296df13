import { Title } from '@mantine/core';
import { usePageTitle } from '../ui/use-page-title';

export default function Revision() {
  usePageTitle('Revision');
  return <Title order={1}>Revision</Title>;
}
