import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { AnswerForm } from '../AnswerForm';
import { ObservationNote } from '../ObservationNote';
import { pathLabel } from '../places';
import { useFormState } from './form-context';
import type { Path } from './paths';
import type { FieldNode } from './schema-tree';

// The head's and SERNAM's observations in the form, at the field or item each is about, with the
// authors' answer form while the document is a draft: the observation is answered where the
// text it asks to change is typed.

/** The observations made at one place of the form (a field's control, an item's card). */
export function ObservationsAt({ path }: { path: Path }) {
  const { observations, store, cycleId } = useFormState();
  const here = observations?.at(path) ?? [];
  if (!observations || here.length === 0) return null;
  return (
    <Stack gap={6}>
      {here.map((o) => (
        <ObservationNote
          key={o.id}
          observation={o}
          round={observations.rounds.get(o.eventSeq)}
          label={pathLabel(store.getRoot(), o.path)}
        >
          {observations.canAnswer && o.addressedInVersion === null && <AnswerForm observation={o} cycleId={cycleId} />}
        </ObservationNote>
      ))}
    </Stack>
  );
}

/**
 * One field of the form with the observations made on it: under its control, or above a group
 * of fields (a section, a list), read before its parts. Nothing when the filter hides it (what
 * was typed in it stays in the content).
 */
export function Observed({ node, path, children }: { node: FieldNode; path: Path; children: ReactNode }) {
  const { observations } = useFormState();
  if (observations && !observations.shows(path)) return null;
  if (!observations || observations.at(path).length === 0) return children;
  const before = node.type === 'object' || node.type === 'objectList';
  return (
    <Stack gap={6}>
      {before && <ObservationsAt path={path} />}
      {children}
      {!before && <ObservationsAt path={path} />}
    </Stack>
  );
}
