import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../ui/format';
import type { KeptDraft } from './draft-store';

// Changes typed here and never saved (a reload, a lost connection, an ended session): offered back.
// A document's changes by default; a screen with its own words (a register entry) passes them.
export function DraftOffer({
  draft,
  onRecover,
  onDiscard,
  title = `Tiene cambios sin guardar de ${formatDateTime(draft.at)}`,
  text = `Quedaron en este navegador sin llegar a guardarse (sobre la versión ${draft.baseVersion}). Puede recuperarlos para seguir editando y guardarlos, o descartarlos.`,
  recoverLabel = 'Recuperar',
  discardLabel = 'Descartar',
}: {
  draft: KeptDraft;
  onRecover: () => void;
  onDiscard: () => void;
  title?: string;
  text?: string;
  recoverLabel?: string;
  discardLabel?: string;
}) {
  return (
    // The title in the text colour: yellow on yellow would not be read (contrast 4.5:1).
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={title}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm" mb="xs">
        {text}
      </Text>
      <Group gap="xs">
        <Button onClick={onRecover}>{recoverLabel}</Button>
        <Button variant="default" onClick={onDiscard}>
          {discardLabel}
        </Button>
      </Group>
    </Alert>
  );
}
