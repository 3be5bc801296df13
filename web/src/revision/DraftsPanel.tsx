import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { documentKindLabel } from '@procedure/labels';
import { anchorId } from '../documentos/places';
import type { ItemDraft } from './review-drafts';
import { DraftNote } from './ReviewPlaces';

// The observations on items written in this review and not yet sent, each with a link to its
// place and a way to remove it.
export function DraftsPanel({
  drafts,
  onRemove,
  canObserve,
  severalKinds,
}: {
  drafts: readonly ItemDraft[];
  onRemove: (id: string) => void;
  canObserve: boolean;
  severalKinds: boolean;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="por-elemento-titulo" className="panel-observaciones">
      <Title order={2} fz="h4" id="por-elemento-titulo">
        Observaciones por elemento ({drafts.length})
      </Title>
      <Text size="sm" c="dimmed" mt={4} aria-live="polite">
        {drafts.length === 0
          ? canObserve
            ? 'Aún no agrega observaciones. Use «Agregar observación» junto a cualquier campo o elemento del documento.'
            : 'No hay observaciones por elemento.'
          : `Se enviarán ${drafts.length === 1 ? 'con la devolución o denegación' : `las ${drafts.length} con la devolución o denegación`}; se conservan en este navegador hasta entonces.`}
      </Text>
      {drafts.length > 0 && (
        <Stack gap="xs" mt="sm" component="ol" className="lista-sin-vinetas">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <Anchor href={`#${anchorId(draft.kind, draft.path)}`} size="sm" fw={700}>
                {severalKinds ? `${documentKindLabel(draft.kind)} › ` : ''}
                {draft.label}
              </Anchor>
              <DraftNote draft={draft} onRemove={onRemove} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
