import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../ui/format';
import type { KeptDraft } from './draft-store';

// Changes typed here and never saved (a reload, a lost connection, an ended session): offered back.
export function DraftOffer({
  draft,
  onRecover,
  onDiscard,
}: {
  draft: KeptDraft;
  onRecover: () => void;
  onDiscard: () => void;
}) {
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={`Tiene cambios sin guardar de ${formatDateTime(draft.at)}`}
    >
      <Text size="sm" mb="xs">
        Quedaron en este navegador sin llegar a guardarse (sobre la versión {draft.baseVersion}). Puede recuperarlos
        para seguir editando y guardarlos, o descartarlos.
      </Text>
      <Group gap="xs">
        <Button onClick={onRecover}>Recuperar</Button>
        <Button variant="default" onClick={onDiscard}>
          Descartar
        </Button>
      </Group>
    </Alert>
  );
}
