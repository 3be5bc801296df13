import { Checkbox, Stack, Title } from '@mantine/core';
import type { ItemObservation } from '../../api/types';
import { AnswerForm } from '../AnswerForm';
import { ObservationNote } from '../ObservationNote';
import { pathLabel } from '../places';
import type { EditorObservations } from './use-form-observations';

export const ONLY_OPEN_LABEL = 'Mostrar solo los campos con observaciones abiertas';

// Above the form: the filter to the fields with open observations, and the observations about
// items the content no longer has (removed or recoded since), still to be answered somewhere.
export function ObservationsAboveForm({
  cycleId,
  root,
  observations,
  unplaced,
}: {
  cycleId: string;
  root: unknown;
  observations: EditorObservations;
  unplaced: readonly ItemObservation[];
}) {
  const { list, onlyOpen, setOnlyOpen, rounds, canAnswer } = observations;
  return (
    <Stack gap="sm">
      <Checkbox
        label={ONLY_OPEN_LABEL}
        description="Oculta los demás campos; lo que escribió en ellos se conserva."
        checked={onlyOpen && list !== undefined}
        disabled={list === undefined || (!onlyOpen && list.length === 0)}
        onChange={(event) => setOnlyOpen(event.currentTarget.checked)}
      />
      {unplaced.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="observaciones-sin-lugar">
          <Title order={3} id="observaciones-sin-lugar" fz="h5">
            Sobre elementos que ya no están
          </Title>
          {unplaced.map((o) => (
            <ObservationNote key={o.id} observation={o} round={rounds.get(o.eventSeq)} label={pathLabel(root, o.path)}>
              {canAnswer && o.addressedInVersion === null && <AnswerForm observation={o} cycleId={cycleId} />}
            </ObservationNote>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
