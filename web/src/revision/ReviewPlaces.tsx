import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import type { ItemObservation } from '../api/types';
import type { DocumentPlace } from '../documentos/DocumentView';
import { ObservationNote } from '../documentos/ObservationNote';
import { pathLabel } from '../documentos/places';
import type { ItemDraft } from './review-drafts';

// What the reviewer sees and does at each place of a document under review: the observations
// of earlier rounds made there, their own observations not yet sent (with "Quitar"), and the
// button that opens the dialog to write one. Two contexts, so that adding an observation
// redraws these small pieces and never the document around them.

export const placeKey = (kind: string, path: string): string => `${kind}:${path}`;

export interface ReviewPlacesState {
  /** Earlier observations, by the place they are shown at (placeKey). */
  earlier: Map<string, ItemObservation[]>;
  drafts: Map<string, ItemDraft[]>;
  rounds: Map<number, number>;
  contents: Map<string, unknown>;
}

export interface ReviewPlacesActions {
  /** Null when this person may not observe (no return or denial offered). */
  observe: ((place: DocumentPlace) => void) | null;
  removeDraft: (id: string) => void;
}

export const ReviewPlacesStateContext = createContext<ReviewPlacesState | null>(null);
export const ReviewPlacesActionsContext = createContext<ReviewPlacesActions>({ observe: null, removeDraft: () => {} });

export function AddObservationButton({ place }: { place: DocumentPlace }) {
  const { observe } = useContext(ReviewPlacesActionsContext);
  if (!observe) return null;
  return (
    <button
      type="button"
      className="boton-observar"
      onClick={() => observe(place)}
      aria-label={`Agregar observación sobre «${place.label}»`}
      aria-haspopup="dialog"
    >
      Agregar observación
    </button>
  );
}

export function ReviewSlot({ place }: { place: DocumentPlace }) {
  const state = useContext(ReviewPlacesStateContext);
  const { removeDraft } = useContext(ReviewPlacesActionsContext);
  const key = placeKey(place.kind, place.path);
  const earlier = state?.earlier.get(key);
  const drafts = state?.drafts.get(key);
  if (!state || (!earlier && !drafts)) return null;
  const content = state.contents.get(place.kind);
  return (
    <Stack gap={6} mt={4}>
      {earlier?.map((o) => (
        <ObservationNote
          key={o.id}
          observation={o}
          round={state.rounds.get(o.eventSeq)}
          label={o.path === place.path ? place.label : pathLabel(content, o.path)}
        />
      ))}
      {drafts?.map((draft) => (
        <DraftNote key={draft.id} draft={draft} onRemove={removeDraft} />
      ))}
    </Stack>
  );
}

export function DraftNote({
  draft,
  onRemove,
  showLabel = false,
}: {
  draft: ItemDraft;
  onRemove: (id: string) => void;
  showLabel?: boolean;
}) {
  return (
    <Paper
      withBorder
      p="xs"
      className="observacion-borrador"
      aria-label={`Su observación sobre «${draft.label}», por enviar`}
      component="article"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" fw={700}>
            Su observación{showLabel ? ` sobre «${draft.label}»` : ''} (se envía al devolver o denegar)
          </Text>
          <Text size="sm" className="documento-parrafo">
            {draft.text}
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => onRemove(draft.id)}
          aria-label={`Quitar la observación sobre «${draft.label}»`}
          style={{ flexShrink: 0 }}
        >
          Quitar
        </Button>
      </Group>
    </Paper>
  );
}
