import { Center, Loader } from '@mantine/core';

export function Loading({ label = 'Cargando…' }: { label?: string }) {
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <span style={{ marginLeft: 8 }}>{label}</span>
    </Center>
  );
}
