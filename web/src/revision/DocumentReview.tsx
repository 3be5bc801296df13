import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { documentKindLabel } from '@procedure/labels';
import { useMemo } from 'react';
import type { DocumentView as DocumentResponse, HistoryEntry, ItemObservation } from '../api/types';
import { DocumentView, type PlaceComponent } from '../documentos/DocumentView';
import { ObservationNote } from '../documentos/ObservationNote';
import { anchorsOf, buildOutline, placesOf } from '../documentos/outline';
import { anchorId, assignToPlaces, pathLabel } from '../documentos/places';
import { useDocumentVersion } from '../documentos/queries';
import { VersionsTable } from '../documentos/VersionsTable';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { baselineFor, type Gate } from './baseline';
import { computeChanges, type Change } from './changes';
import { changeAnchor, ChangesView, relatedObservations } from './ChangesView';

// One document of the submission under review: the frozen version and who wrote it, the
// observations of earlier rounds and where each stands, what changed since the version this
// gate last saw, and the content itself with a place for observations on every field and item.
export function DocumentReview({
  document,
  gate,
  history,
  observations,
  rounds,
  Action,
  Slot,
}: {
  document: DocumentResponse;
  gate: Gate;
  history: readonly HistoryEntry[] | undefined;
  /** Earlier observations on this document. */
  observations: readonly ItemObservation[];
  rounds: Map<number, number>;
  Action?: PlaceComponent;
  Slot?: PlaceComponent;
}) {
  const { kind, version, content, cycleId } = document;
  const baseline = useMemo(
    () => (history ? baselineFor(history, gate, kind, version) : undefined),
    [history, gate, kind, version],
  );
  const earlier = useDocumentVersion(cycleId, kind, baseline && baseline.version !== version ? baseline.version : null);
  const changes = useMemo(
    () => (earlier.data ? computeChanges(earlier.data.content, content) : null),
    [earlier.data, content],
  );
  const outline = useMemo(() => buildOutline(content), [content]);
  const places = useMemo(() => placesOf(outline), [outline]);
  const anchors = useMemo(() => anchorsOf(outline), [outline]);
  const written = document.versions.find((v) => v.version === version);
  const id = `revision-${kind}`;

  return (
    <Box component="section" aria-labelledby={`${id}-titulo`} className="documento-en-revision">
      <Title order={2} id={`${id}-titulo`}>
        {documentKindLabel(kind)} · versión {version}
      </Title>
      <Text mt={4}>
        {written
          ? `Versión ${version} guardada por ${written.authorName ?? 'autor/a desconocido/a'} el ${formatDateTime(written.createdAt)}.`
          : `Versión ${version}.`}
      </Text>
      {document.versions.length > 1 && (
        <Box mt="xs">
          <Text size="sm" fw={700} mb={4}>
            Versiones de este documento
          </Text>
          <VersionsTable versions={document.versions} />
        </Box>
      )}

      <Stack gap="lg" mt="lg">
        <EarlierObservations
          kind={kind}
          content={content}
          observations={observations}
          rounds={rounds}
          places={places}
          changes={changes ?? []}
          headingId={`${id}-anteriores`}
        />
        {baseline === undefined ? (
          <Text c="dimmed">Cargando el historial para comparar versiones…</Text>
        ) : (
          <>
            <ChangesView
              kind={kind}
              version={version}
              baseline={baseline}
              changes={baseline && baseline.version !== version ? changes : []}
              observations={observations}
              anchors={anchors}
              headingId={`${id}-cambios`}
            />
            <ErrorAlert error={earlier.error} title="No se pudo cargar la versión anterior" />
          </>
        )}
        <Box component="section" aria-labelledby={`${id}-contenido`}>
          <Title order={3} id={`${id}-contenido`} mb="sm">
            Contenido de la versión {version}
          </Title>
          <DocumentView kind={kind} content={content} Action={Action} Slot={Slot} level={4} />
        </Box>
      </Stack>
    </Box>
  );
}

function EarlierObservations({
  kind,
  content,
  observations,
  rounds,
  places,
  changes,
  headingId,
}: {
  kind: string;
  content: unknown;
  observations: readonly ItemObservation[];
  rounds: Map<number, number>;
  places: ReadonlySet<string>;
  changes: readonly Change[];
  headingId: string;
}) {
  const placed = useMemo(() => assignToPlaces(places, observations).byPlace, [places, observations]);
  const placeOf = (o: ItemObservation) => [...placed].find(([, list]) => list.includes(o))?.[0];
  if (observations.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb={4}>
        Observaciones de rondas anteriores ({observations.length})
      </Title>
      <Stack gap="xs">
        {observations.map((o) => {
          const place = placeOf(o);
          const related = changes
            .map((change, index) => ({ change, index }))
            .filter(({ change }) => relatedObservations(change, [o]).length > 0);
          return (
            <ObservationNote
              key={o.id}
              observation={o}
              round={rounds.get(o.eventSeq)}
              label={pathLabel(content, o.path)}
            >
              <Text size="sm" mt={4}>
                {place ? (
                  <Anchor href={`#${anchorId(kind, place)}`} size="sm">
                    Ver en el documento
                  </Anchor>
                ) : (
                  'El elemento observado ya no está en esta versión.'
                )}
                {related.length > 0 && (
                  <>
                    {' · Cambios en este lugar: '}
                    {related.map(({ change, index }, i) => (
                      <span key={index}>
                        {i > 0 && ', '}
                        <Anchor href={`#${changeAnchor(kind, index)}`} size="sm">
                          {change.label.split(' › ').at(-1)}
                        </Anchor>
                      </span>
                    ))}
                  </>
                )}
              </Text>
            </ObservationNote>
          );
        })}
      </Stack>
    </Box>
  );
}
