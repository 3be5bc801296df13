import { Alert, Anchor, Badge, Box, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { SINGLETON_DOCUMENT_KINDS } from '@procedure/document-kinds';
import { documentKindLabel, documentStatusLabel, historyEntryLabel, roleLabel } from '@procedure/labels';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import type { DocumentView as DocumentResponse, ItemObservation } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { AnswerForm } from './AnswerForm';
import { DocumentEditor } from './form/DocumentEditor';
import { DraftOffer } from './form/DraftOffer';
import { useKeptDraft } from './form/use-kept-draft';
import { DocumentView, type DocumentPlace } from './DocumentView';
import { ObservationNote } from './ObservationNote';
import { StartOffer, type EditorStart } from './start/StartOffer';
import { isOpen, observationsOfKind, roundsOf } from './observations';
import { buildOutline, placesOf } from './outline';
import { assignToPlaces, pathLabel } from './places';
import { useCycle, useDocument, useItemObservations } from './queries';
import { DocumentVersions } from './versiones/DocumentVersions';

// One document of a cycle as it now stands: its content laid out as a record, its status and
// versions, and the observations of the head and SERNAM at the place each targets, where its
// authors answer them or mark them addressed while the document is a draft. Who may write it now
// switches to "Editar": the form, saved as they type (form/).

const FILTER_PARAM = 'abiertas';
const EDIT_PARAM = 'editar';
// From a refused SUBMIT: open the form with "Revisar" run, at the field the link names (#campo-…).
const REVIEW_PARAM = 'revisar';

export default function Documento() {
  const { cycleId = '', kind = '' } = useParams();
  const known = (SINGLETON_DOCUMENT_KINDS as readonly string[]).includes(kind);
  const cycle = useCycle(cycleId);
  const document = useDocument(cycleId, kind, known);
  const observations = useItemObservations(cycleId, known);
  usePageTitle(known ? documentKindLabel(kind) : 'Documento no encontrado');

  if (!known) return <NotFound cycleId={cycleId} />;
  if (document.isPending || cycle.isPending) return <Loading label="Cargando el documento…" />;
  if (document.error) {
    if (document.error instanceof ApiError && document.error.status === 404) return <NotFound cycleId={cycleId} />;
    return <ErrorAlert error={document.error} title="No se pudo cargar el documento" />;
  }
  return (
    <DocumentPage
      cycleId={cycleId}
      year={cycle.data?.year}
      document={document.data}
      observations={observations.data?.items}
      observationsError={observations.error}
    />
  );
}

interface PlaceObservations {
  content: unknown;
  byPlace: Map<string, ItemObservation[]>;
  rounds: Map<number, number>;
  canAnswer: boolean;
  cycleId: string;
}

const ObservationsContext = createContext<PlaceObservations | null>(null);

function DocumentPage({
  cycleId,
  year,
  document,
  observations,
  observationsError,
}: {
  cycleId: string;
  year: number | undefined;
  document: DocumentResponse;
  observations: ItemObservation[] | undefined;
  observationsError: unknown;
}) {
  const [params, setParams] = useSearchParams();
  const { me } = useSession();
  const kept = useKeptDraft(cycleId, document.kind, me.id, document.content);
  // Last year's document (or the evaluation's pre-fill) put in the form; newer than a recovery.
  const [begun, setBegun] = useState<{ start: EditorStart; round: number } | null>(null);
  const editing = document.editable && (params.get(EDIT_PARAM) === '1' || kept.recovered !== null || begun !== null);
  const setEditing = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set(EDIT_PARAM, '1');
    else {
      next.delete(EDIT_PARAM);
      next.delete(REVIEW_PARAM);
    }
    setParams(next, { replace: false });
  };
  // Kept here too, so that the box answers at once while the document redraws.
  const [onlyOpen, setOnlyOpen] = useState(params.get(FILTER_PARAM) === '1');
  useEffect(() => setOnlyOpen(params.get(FILTER_PARAM) === '1'), [params]);
  const setFilter = (checked: boolean) => {
    setOnlyOpen(checked);
    const next = new URLSearchParams(params);
    if (checked) next.set(FILTER_PARAM, '1');
    else next.delete(FILTER_PARAM);
    setParams(next, { replace: true });
  };
  const { kind, content } = document;
  const mine = useMemo(() => observationsOfKind(observations ?? [], kind), [observations, kind]);
  const places = useMemo(() => placesOf(buildOutline(content)), [content]);
  const context = useMemo((): PlaceObservations => {
    const { byPlace } = assignToPlaces(places, mine);
    return { content, byPlace, rounds: roundsOf(observations ?? []), canAnswer: document.editable, cycleId };
  }, [content, places, mine, observations, document.editable, cycleId]);
  const unplaced = useMemo(() => assignToPlaces(places, mine).unplaced, [places, mine]);
  const openPaths = useMemo(() => mine.filter(isOpen).map((o) => o.path), [mine]);
  const counts = countByStatus(mine);
  const title = documentKindLabel(kind);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/ciclos/${cycleId}`} size="sm">
          Volver al ciclo{year ? ` ${year}` : ''}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <Badge variant="outline" color="gobNavy.6" size="lg">
            {documentStatusLabel(document.status)}
          </Badge>
          <Text>{document.version > 0 ? `Versión ${document.version}` : 'Sin versión guardada'}</Text>
          {document.versions.at(-1) && (
            <Text c="dimmed" size="sm">
              · {document.versions.at(-1)?.authorName ?? 'Autor/a desconocido/a'},{' '}
              {formatDateTime(document.versions.at(-1)?.createdAt ?? '')}
            </Text>
          )}
        </Group>
        {document.editable && !editing && (
          <Group mt="xs">
            <Button onClick={() => setEditing(true)}>Editar</Button>
          </Group>
        )}
      </Stack>

      {document.editable && kept.offer && (
        <DraftOffer draft={kept.offer} onRecover={kept.recover} onDiscard={kept.discard} />
      )}
      {document.editable && !kept.offer && (
        <StartOffer
          cycleId={cycleId}
          document={document}
          storageKey={kept.storageKey}
          editing={editing}
          onStart={(start) => {
            setBegun((b) => ({ start, round: (b?.round ?? 0) + 1 }));
            if (!editing) setEditing(true);
          }}
        />
      )}

      <Box component="section" aria-labelledby="observaciones-titulo">
        <Title order={2} id="observaciones-titulo" mb="xs">
          Observaciones
        </Title>
        <Text>
          {mine.length === 0
            ? 'Este documento no tiene observaciones por elemento.'
            : `Por elemento: ${counts.open} abiertas, ${counts.answered} respondidas, ${counts.addressed} atendidas. Cada una se muestra junto al elemento que observa.`}
        </Text>
        {document.editable && counts.open > 0 && (
          <Text size="sm" mt={4}>
            Mientras el documento está en borrador, responda cada observación o márquela como atendida; al enviarlo a
            aprobación, las atendidas quedan registradas en la nueva versión.
          </Text>
        )}
        <ErrorAlert error={observationsError} title="No se pudieron cargar las observaciones" />
        <GeneralObservations document={document} />
        {/* The form lists its own, against the content being typed. */}
        {!editing && unplaced.length > 0 && (
          <Stack gap="xs" mt="sm">
            <Title order={3}>Sobre elementos que ya no están en esta versión</Title>
            {unplaced.map((o) => (
              <ObservationNote
                key={o.id}
                observation={o}
                round={context.rounds.get(o.eventSeq)}
                label={pathLabel(content, o.path)}
              >
                {context.canAnswer && o.addressedInVersion === null && <AnswerForm observation={o} cycleId={cycleId} />}
              </ObservationNote>
            ))}
          </Stack>
        )}
      </Box>

      {editing && (
        <Box component="section" aria-labelledby="edicion-titulo">
          <Title order={2} id="edicion-titulo" mb="sm">
            Edición
          </Title>
          <DocumentEditor
            key={`${kept.recovered?.round ?? 0}.${begun?.round ?? 0}`}
            cycleId={cycleId}
            kind={kind}
            storageKey={kept.storageKey}
            start={
              begun
                ? begun.start
                : kept.recovered
                  ? {
                      content: kept.recovered.draft.content,
                      baseVersion: kept.recovered.draft.baseVersion,
                      dirty: true,
                    }
                  : { content: content ?? {}, baseVersion: document.version, dirty: false }
            }
            onClose={() => {
              kept.close();
              setBegun(null);
              setEditing(false);
            }}
            observations={{
              list: observations === undefined ? undefined : mine,
              rounds: context.rounds,
              canAnswer: document.editable,
              onlyOpen,
              setOnlyOpen: setFilter,
            }}
            reviewAtOnce={params.get(REVIEW_PARAM) === '1'}
          />
        </Box>
      )}

      {!editing && (
        <Box component="section" aria-labelledby="contenido-titulo">
          <Group justify="space-between" align="flex-end" mb="sm">
            <Title order={2} id="contenido-titulo">
              {document.version > 0 ? `Contenido de la versión ${document.version}` : 'Contenido'}
            </Title>
            <Checkbox
              label="Solo elementos con observaciones abiertas"
              checked={onlyOpen}
              disabled={mine.length === 0}
              onChange={(event) => setFilter(event.currentTarget.checked)}
            />
          </Group>
          {content === null ? (
            <Text c="dimmed">El documento aún no tiene una versión guardada.</Text>
          ) : (
            <ObservationsContext.Provider value={context}>
              <DocumentView
                kind={kind}
                content={content}
                Slot={ObservationsHere}
                onlyPaths={onlyOpen ? openPaths : undefined}
              />
            </ObservationsContext.Provider>
          )}
        </Box>
      )}

      {document.versions.length > 0 && (
        <Box component="section" aria-labelledby="versiones-titulo">
          <Title order={2} id="versiones-titulo" mb="xs">
            Versiones ({document.versions.length})
          </Title>
          <DocumentVersions document={document} observations={mine} />
        </Box>
      )}
    </Stack>
  );
}

// The observations made at one place of the document, with the authors' answer form.
function ObservationsHere({ place }: { place: DocumentPlace }) {
  const context = useContext(ObservationsContext);
  const here = context?.byPlace.get(place.path);
  if (!context || !here) return null;
  return (
    <Stack gap={6} mt={4}>
      {here.map((o) => (
        <ObservationNote
          key={o.id}
          observation={o}
          round={context.rounds.get(o.eventSeq)}
          label={o.path === place.path ? place.label : pathLabel(context.content, o.path)}
        >
          {context.canAnswer && o.addressedInVersion === null && (
            <AnswerForm observation={o} cycleId={context.cycleId} />
          )}
        </ObservationNote>
      ))}
    </Stack>
  );
}

function GeneralObservations({ document }: { document: DocumentResponse }) {
  if (document.observations.length === 0) return null;
  return (
    <Stack gap="xs" mt="sm">
      <Title order={3}>Observaciones generales</Title>
      {[...document.observations].reverse().map((o) => (
        <Alert
          key={`${o.at}-${o.type}`}
          className="aviso"
          color={o.type === 'RETURN' ? 'yellow' : 'red'}
          variant="light"
          title={historyEntryLabel(o.type)}
        >
          <Text className="documento-parrafo">{o.comment}</Text>
          <Text size="xs" c="dimmed">
            {[o.by, o.role ? roleLabel(o.role) : null, formatDateTime(o.at)].filter(Boolean).join(' · ')}
            {o.versions.length > 0 && ` · sobre la versión ${o.versions.map((v) => v.version).join(', ')}`}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

function countByStatus(observations: readonly ItemObservation[]) {
  const counts = { open: 0, answered: 0, addressed: 0 };
  for (const o of observations) counts[o.status]++;
  return counts;
}

function NotFound({ cycleId }: { cycleId: string }) {
  return (
    <Stack>
      <Title order={1}>Documento no encontrado</Title>
      <Text>Este ciclo no tiene el documento indicado, o usted no tiene acceso a él.</Text>
      <Anchor component={Link} to={`/ciclos/${cycleId}`}>
        Volver al ciclo
      </Anchor>
    </Stack>
  );
}
