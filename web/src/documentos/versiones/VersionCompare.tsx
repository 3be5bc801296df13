import { Box, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import type { DocumentVersionSummary, ItemObservation } from '../../api/types';
import { computeChanges } from '../../revision/changes';
import { ChangesList } from '../../revision/ChangesView';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { useDocumentVersion } from '../queries';
import { COMPARE_HEADING_ID } from './paths';
import { comparisonState, type Comparison } from './version-choice';

// Any two versions of a document side by side, in the words of the review screen: what was added,
// removed or modified, where, and long texts word by word (revision/changes.ts, ChangesView.tsx).
// Which two is the page's URL (?desde=1&hasta=3).

const NO_LINKS: ReadonlySet<string> = new Set();

export function VersionCompare({
  cycleId,
  kind,
  versions,
  comparison,
  onChange,
  observations,
  headingRef,
}: {
  cycleId: string;
  kind: string;
  versions: readonly DocumentVersionSummary[];
  comparison: Comparison;
  onChange: (comparison: Comparison) => void;
  /** This document's observations, named beside the changes at their places. */
  observations: readonly ItemObservation[];
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const options = useMemo(
    () => [
      { value: '', label: 'Elija una versión' },
      ...[...versions].reverse().map((v) => ({
        value: String(v.version),
        label: `Versión ${v.version} · ${formatDateTime(v.createdAt)}`,
      })),
    ],
    [versions],
  );
  const pick = (raw: string): number | null => (raw === '' ? null : Number(raw));
  return (
    <Box component="section" aria-labelledby={COMPARE_HEADING_ID} mt="lg">
      <Title order={3} id={COMPARE_HEADING_ID} ref={headingRef} tabIndex={-1} mb="xs">
        Comparar versiones
      </Title>
      <Group align="flex-end" gap="md" mb="sm" maw={800}>
        <NativeSelect
          label="Desde la versión"
          data={options}
          value={comparison.from === null ? '' : String(comparison.from)}
          onChange={(event) => onChange({ ...comparison, from: pick(event.currentTarget.value) })}
          w={380}
        />
        <NativeSelect
          label="Hasta la versión"
          data={options}
          value={comparison.to === null ? '' : String(comparison.to)}
          onChange={(event) => onChange({ ...comparison, to: pick(event.currentTarget.value) })}
          w={380}
        />
      </Group>
      <Differences cycleId={cycleId} kind={kind} comparison={comparison} observations={observations} />
    </Box>
  );
}

function Differences({
  cycleId,
  kind,
  comparison,
  observations,
}: {
  cycleId: string;
  kind: string;
  comparison: Comparison;
  observations: readonly ItemObservation[];
}) {
  const state = comparisonState(comparison);
  const ready = state === 'ready';
  const from = useDocumentVersion(cycleId, kind, ready ? comparison.from : null);
  const to = useDocumentVersion(cycleId, kind, ready ? comparison.to : null);
  const changes = useMemo(
    () => (from.data && to.data ? computeChanges(from.data.content, to.data.content) : null),
    [from.data, to.data],
  );
  // Announced as it changes: a person who picks a version hears what the comparison found.
  return (
    <Stack gap="xs">
      <Text role="status">
        {state === 'choose'
          ? 'Elija dos versiones para ver qué cambió de una a otra.'
          : state === 'same'
            ? 'Eligió la misma versión dos veces: elija dos versiones distintas.'
            : from.error || to.error
              ? 'No se pudieron cargar las versiones elegidas.'
              : changes === null
                ? 'Cargando las versiones…'
                : changes.length === 0
                  ? `La versión ${comparison.to} no tiene cambios de contenido respecto de la versión ${comparison.from}.`
                  : `De la versión ${comparison.from} a la versión ${comparison.to}: ${
                      changes.length === 1 ? '1 cambio' : `${changes.length} cambios`
                    }.`}
      </Text>
      <ErrorAlert error={from.error ?? to.error} title="No se pudo cargar una de las versiones" />
      {ready && changes && changes.length > 0 && (
        <ChangesList kind={kind} changes={changes} observations={observations} anchors={NO_LINKS} />
      )}
    </Stack>
  );
}
