import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DocumentPlace } from '../documentos/DocumentView';
import { useKeptText } from '../ui/use-kept-text';
import type { ItemDraft } from './review-drafts';

const OBSERVATION_MAX = 2000;

// Writing one observation on a place of a document under review: the element (or, in a table
// row, one of its fields) and the text. The text is kept in this browser while it is written.
export function ObservationDialog({
  cycleId,
  place,
  onAdd,
  onClose,
}: {
  cycleId: string;
  place: DocumentPlace | null;
  onAdd: (draft: Omit<ItemDraft, 'id'>) => void;
  onClose: () => void;
}) {
  // The last place stays drawn while the dialog fades out.
  const [shown, setShown] = useState(place);
  if (place !== null && place !== shown) setShown(place);
  return (
    <Modal
      opened={place !== null}
      onClose={onClose}
      title={shown ? `Observación sobre «${shown.label}»` : 'Observación'}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Cerrar sin agregar' }}
    >
      {shown && (
        <ObservationForm
          key={`${shown.kind}:${shown.path}`}
          cycleId={cycleId}
          place={shown}
          onAdd={onAdd}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function ObservationForm({
  cycleId,
  place,
  onAdd,
  onClose,
}: {
  cycleId: string;
  place: DocumentPlace;
  onAdd: (draft: Omit<ItemDraft, 'id'>) => void;
  onClose: () => void;
}) {
  const [text, setText, clearText] = useKeptText(`revision.${cycleId}.${place.kind}.${place.path}`);
  const [target, setTarget] = useState(place.path);
  const [missing, setMissing] = useState(false);
  const targets = [{ path: place.path, label: place.label }, ...(place.fields ?? [])];
  const chosen = targets.find((t) => t.path === target) ?? targets[0]!;
  const add = () => {
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    onAdd({
      kind: place.kind,
      path: chosen.path,
      ...(place.itemId ? { itemId: place.itemId } : {}),
      label: chosen.label,
      text: text.trim(),
    });
    clearText();
    onClose();
  };
  return (
    <Stack>
      {targets.length > 1 && (
        <NativeSelect
          label="Sobre"
          description="El elemento completo o uno de sus campos."
          value={target}
          onChange={(event) => setTarget(event.currentTarget.value)}
          data={targets.map((t, i) => ({
            value: t.path,
            label: i === 0 ? `Todo el elemento ${place.itemId ?? ''}`.trim() : (t.label.split(' › ').at(-1) ?? t.label),
          }))}
        />
      )}
      <Textarea
        label="Observación"
        description="Qué falta o qué debe corregirse. Se envía junto con la devolución o la denegación."
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          if (missing) setMissing(false);
        }}
        maxLength={OBSERVATION_MAX}
        autosize
        minRows={4}
        data-autofocus
        required
        error={missing ? 'Escriba la observación antes de agregarla.' : undefined}
      />
      <Text size="xs" c="dimmed">
        {text.length} de {OBSERVATION_MAX} caracteres
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancelar
        </Button>
        <Button onClick={add}>Agregar observación</Button>
      </Group>
    </Stack>
  );
}
