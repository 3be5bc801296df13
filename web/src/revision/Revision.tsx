import { Alert, Anchor, Box, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { CycleEventType } from '@procedure/events';
import { documentKindLabel, stateLabel } from '@procedure/labels';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api/client';
import { keys } from '../api/keys';
import type {
  Cycle,
  DocumentVersionContent,
  DocumentView as DocumentResponse,
  HistoryEntry,
  ItemObservation,
} from '../api/types';
import { useSession } from '../auth/session';
import type { DocumentPlace } from '../documentos/DocumentView';
import { observationsOfKind, roundsOf } from '../documentos/observations';
import { buildOutline, placesOf } from '../documentos/outline';
import { assignToPlaces } from '../documentos/places';
import { useAgencyName, useCycle, useHistory, useItemObservations } from '../documentos/queries';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { baselineFor, gateOfState, type Gate } from './baseline';
import { offeredDecisions, sendsBack, successText, underReview, whyNoDecision } from './decision';
import { DecisionPanel } from './DecisionPanel';
import { DocumentReview } from './DocumentReview';
import { DraftsPanel } from './DraftsPanel';
import { ObservationDialog } from './ObservationDialog';
import { draftsByPlace, useReviewDrafts } from './review-drafts';
import {
  AddObservationButton,
  placeKey,
  ReviewPlacesActionsContext,
  ReviewPlacesStateContext,
  ReviewSlot,
  type ReviewPlacesActions,
  type ReviewPlacesState,
} from './ReviewPlaces';
import './Revision.css';

// The head's and SERNAM's review of the submission a cycle holds: each document as submitted,
// readable, with what changed since this gate last saw it and the observations of earlier
// rounds; observations on any field or item; and the decision, confirmed and sent with the
// cycle's revision.
export default function Revision() {
  const { cycleId = '' } = useParams();
  const cycle = useCycle(cycleId);
  // Asked for with the cycle, not after it: the review needs them all.
  useHistory(cycleId);
  useItemObservations(cycleId);
  usePageTitle('Revisión');
  if (cycle.isPending) return <Loading label="Cargando la revisión…" />;
  if (cycle.error) {
    const notFound = cycle.error instanceof ApiError && cycle.error.status === 404;
    return (
      <Stack>
        <Title order={1}>Revisión</Title>
        {notFound ? (
          <Text>Este ciclo no existe o usted no tiene acceso a él.</Text>
        ) : (
          <ErrorAlert error={cycle.error} />
        )}
        <Anchor component={Link} to="/">
          Volver a la bandeja
        </Anchor>
      </Stack>
    );
  }
  return <Review cycle={cycle.data} />;
}

const NONE: ItemObservation[] = [];

interface Decided {
  type: CycleEventType;
  kinds: string[];
}

function Review({ cycle }: { cycle: Cycle }) {
  const { me } = useSession();
  const agency = useAgencyName(cycle.agencyId);
  const history = useHistory(cycle.id);
  const observations = useItemObservations(cycle.id);
  const [decided, setDecided] = useState<Decided | null>(null);
  const reviewedKinds = useMemo(() => underReview(cycle.documents).map((d) => d.kind), [cycle.documents]);
  const kinds = decided?.kinds ?? reviewedKinds;
  const documents = useQueries({
    queries: kinds.map((kind) => ({
      queryKey: keys.document(cycle.id, kind),
      queryFn: () => api<DocumentResponse>(`/cycles/${cycle.id}/documents/${kind}`),
    })),
  });
  const loaded = documents.flatMap((q) => (q.data ? [q.data] : []));
  const gate: Gate = gateOfState(cycle.state) ?? 'head';
  const decisions = decided ? [] : offeredDecisions(cycle);
  const canObserve = decisions.some(sendsBack);
  const drafts = useReviewDrafts(cycle.id);
  const [observing, setObserving] = useState<DocumentPlace | null>(null);
  const authorIds = useMemo(() => loaded.flatMap((d) => d.versions.map((v) => v.authorId)), [loaded]);
  const why = decided ? null : whyNoDecision(cycle, me, authorIds);
  const title = kinds.length > 0 ? `Revisión: ${kinds.map(documentKindLabel).join(' y ')}` : 'Revisión';
  usePageTitle(title);

  const onDecided = useCallback(
    (type: CycleEventType) => {
      setDecided({ type, kinds: reviewedKinds });
      drafts.clear();
    },
    [reviewedKinds, drafts],
  );

  const observationsByKind = useMemo(
    () => new Map(kinds.map((kind) => [kind, observationsOfKind(observations.data?.items ?? [], kind)])),
    [kinds, observations.data],
  );
  usePrefetchedBaselines(cycle, history.data, kinds);
  const placesState = usePlacesState(loaded, observations.data?.items, drafts.drafts);
  const actions = useMemo(
    (): ReviewPlacesActions => ({ observe: canObserve ? setObserving : null, removeDraft: drafts.remove }),
    [canObserve, drafts.remove],
  );

  if (kinds.length === 0)
    return (
      <Stack>
        <Title order={1}>Revisión</Title>
        <Text>No hay documentos enviados a revisión en este ciclo. Estado actual: {stateLabel(cycle.state)}.</Text>
        <Group>
          <Anchor component={Link} to="/">
            Volver a la bandeja
          </Anchor>
          <Anchor component={Link} to={`/ciclos/${cycle.id}`}>
            Ver el ciclo
          </Anchor>
        </Group>
      </Stack>
    );

  const failed = documents.find((q) => q.error)?.error;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/" size="sm">
          Volver a la bandeja
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text>
          {agency ? `${agency.name} · ` : ''}Ciclo {cycle.year} ·{' '}
          <Anchor component={Link} to={`/ciclos/${cycle.id}`}>
            {stateLabel(cycle.state)}
          </Anchor>
        </Text>
      </Stack>

      {decided ? (
        <Success decided={decided} cycleId={cycle.id} />
      ) : decisions.length > 0 ? (
        <DecisionPanel cycle={cycle} kinds={kinds} decisions={decisions} drafts={drafts.drafts} onDecided={onDecided} />
      ) : (
        why && (
          <Alert
            className="aviso"
            color={why.startsWith('No puede') ? 'red' : 'blue'}
            variant="light"
            title="No hay una decisión a su cargo"
          >
            {why}
          </Alert>
        )
      )}

      <ErrorAlert
        error={failed ?? history.error ?? observations.error}
        title="No se pudo cargar parte de la revisión"
      />

      <ReviewPlacesActionsContext.Provider value={actions}>
        <ReviewPlacesStateContext.Provider value={placesState}>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: canObserve || drafts.drafts.length > 0 ? 8 : 12 }}>
              <Stack gap={48}>
                {documents.some((q) => q.isPending) && <Loading label="Cargando los documentos…" />}
                {loaded.map((document) => (
                  <DocumentReview
                    key={document.kind}
                    document={document}
                    gate={gate}
                    history={history.data}
                    observations={observationsByKind.get(document.kind) ?? NONE}
                    rounds={placesState.rounds}
                    Action={canObserve ? AddObservationButton : undefined}
                    Slot={ReviewSlot}
                  />
                ))}
              </Stack>
            </Grid.Col>
            {(canObserve || drafts.drafts.length > 0) && (
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Box className="panel-lateral">
                  <DraftsPanel
                    drafts={drafts.drafts}
                    onRemove={drafts.remove}
                    canObserve={canObserve}
                    severalKinds={kinds.length > 1}
                  />
                </Box>
              </Grid.Col>
            )}
          </Grid>
        </ReviewPlacesStateContext.Provider>
      </ReviewPlacesActionsContext.Provider>

      <ObservationDialog cycleId={cycle.id} place={observing} onAdd={drafts.add} onClose={() => setObserving(null)} />
    </Stack>
  );
}

// The earlier versions to compare with are known from the history and the cycle alone: ask for
// them together with the documents, not after.
function usePrefetchedBaselines(cycle: Cycle, history: readonly HistoryEntry[] | undefined, kinds: readonly string[]) {
  const queryClient = useQueryClient();
  const gate = gateOfState(cycle.state);
  useEffect(() => {
    if (!history || !gate) return;
    for (const kind of kinds) {
      const version = cycle.documents.find((d) => d.kind === kind)?.version ?? 0;
      const baseline = baselineFor(history, gate, kind, version);
      if (!baseline || baseline.version === version) continue;
      void queryClient.prefetchQuery({
        queryKey: keys.documentVersion(cycle.id, kind, baseline.version),
        queryFn: () =>
          api<DocumentVersionContent>(`/cycles/${cycle.id}/documents/${kind}/versions/${baseline.version}`),
        staleTime: Infinity,
      });
    }
  }, [queryClient, history, gate, kinds, cycle.id, cycle.documents]);
}

function usePlacesState(
  documents: readonly DocumentResponse[],
  observations: readonly ItemObservation[] | undefined,
  drafts: ReturnType<typeof useReviewDrafts>['drafts'],
): ReviewPlacesState {
  // The layout of each document, once per loaded version.
  const contentKey = documents.map((d) => `${d.kind}@${d.version}`).join(',');
  const placesByKind = useMemo(
    () => new Map(documents.map((d) => [d.kind, { content: d.content, places: placesOf(buildOutline(d.content)) }])),
    // Recomputed when a version changes, not on every refetch of the same one.
    [contentKey],
  );
  const earlier = useMemo(() => {
    const byPlace = new Map<string, ItemObservation[]>();
    for (const [kind, { places }] of placesByKind) {
      const assigned = assignToPlaces(places, observationsOfKind(observations ?? [], kind)).byPlace;
      for (const [path, list] of assigned) byPlace.set(placeKey(kind, path), list);
    }
    return byPlace;
  }, [placesByKind, observations]);
  const rounds = useMemo(() => roundsOf(observations ?? []), [observations]);
  const contents = useMemo(() => new Map([...placesByKind].map(([kind, v]) => [kind, v.content])), [placesByKind]);
  const byPlace = useMemo(() => draftsByPlace(drafts), [drafts]);
  return useMemo(() => ({ earlier, drafts: byPlace, rounds, contents }), [earlier, byPlace, rounds, contents]);
}

function Success({ decided, cycleId }: { decided: Decided; cycleId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      className="aviso"
      color="green"
      variant="light"
      title="Decisión registrada"
      role="status"
    >
      <Stack gap="xs">
        <Text>{successText(decided.type, decided.kinds)}</Text>
        <Group>
          <Anchor component={Link} to="/">
            Volver a la bandeja
          </Anchor>
          <Anchor component={Link} to={`/ciclos/${cycleId}`}>
            Ver el ciclo
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
