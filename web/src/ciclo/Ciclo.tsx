import { Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { stateLabel } from '@procedure/labels';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api/client';
import { keys } from '../api/keys';
import type { Agency, ChainVerification, Cycle, CycleDeadlines, HistoryEntry } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { reachedImplementation } from '../ejecucion/execution-view';
import { CycleActions } from './CycleActions';
import { CycleDocuments } from './CycleDocuments';
import { CycleHistory } from './CycleHistory';
import { StageTimeline } from './StageTimeline';
import { buildTimeline, gateTotals } from './timeline';

// One agency's cycle of one year: what the person may do now, where the year's procedure
// stands, its documents and everything that happened in it.
export default function Ciclo() {
  const { cycleId = '' } = useParams();
  const cycle = useQuery({ queryKey: keys.cycle(cycleId), queryFn: () => api<Cycle>(`/cycles/${cycleId}`) });
  const agency = useAgency(cycle.data?.agencyId);
  const readable = cycle.isSuccess;
  const history = useQuery({
    queryKey: keys.history(cycleId),
    queryFn: () => api<HistoryEntry[]>(`/cycles/${cycleId}/history`),
    enabled: readable,
  });
  const verification = useQuery({
    queryKey: keys.historyVerification(cycleId),
    queryFn: () => api<ChainVerification>(`/cycles/${cycleId}/history/verify`),
    enabled: readable,
  });
  const deadlines = useQuery({
    queryKey: keys.deadlines(cycleId),
    queryFn: () => api<CycleDeadlines>(`/cycles/${cycleId}/deadlines`),
    enabled: readable,
  });
  const title = cycle.data ? `Ciclo ${cycle.data.year} · ${agency?.name ?? 'Servicio'}` : 'Ciclo';
  usePageTitle(cycle.error && isNotFound(cycle.error) ? 'Ciclo no encontrado' : title);

  if (cycle.isPending) return <Loading label="Cargando el ciclo…" />;
  if (cycle.error) return isNotFound(cycle.error) ? <CycleNotFound /> : <CycleUnavailable error={cycle.error} />;

  const data = cycle.data;
  const steps = buildTimeline(data, history.data ?? [], deadlines.data?.deadlines ?? []);
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Anchor component={Link} to="/" size="sm">
          Volver a la bandeja
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text>
          {agency && `${agency.code} · `}
          {stateLabel(data.state)}
        </Text>
      </Stack>

      <CycleActions cycle={data} />

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <StageTimeline steps={steps} totals={gateTotals(data.counters)} />
          <ErrorAlert error={deadlines.error} title="No se pudieron cargar los plazos" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <CycleDocuments cycle={data} />
            {reachedImplementation(data.stage) && (
              <Group gap="xs" component="section" aria-label="Ejecución del Programa de Trabajo">
                <Anchor component={Link} to={`/ciclos/${data.id}/ejecucion`} fw={700}>
                  Ejecución
                </Anchor>
                <Text size="sm">Las actividades realizadas, los informes de avance y sus medios de verificación.</Text>
              </Group>
            )}
            <Group gap="xs" component="section" aria-label="Registros del ciclo">
              <Anchor component={Link} to={`/ciclos/${data.id}/registros`} fw={700}>
                Registros
              </Anchor>
              <Text size="sm">Los registros emitidos del ciclo (PDF), para descargar y verificar.</Text>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>

      <CycleHistory
        entries={history.data}
        verification={verification.data}
        error={history.error ?? verification.error}
      />
    </Stack>
  );
}

// The agency's name: from the Bandeja's list when it is already here, else asked for.
function useAgency(agencyId: string | undefined): Agency | undefined {
  const queryClient = useQueryClient();
  const agency = useQuery({
    queryKey: keys.agency(agencyId ?? ''),
    queryFn: () => api<Agency>(`/agencies/${agencyId}`),
    enabled: agencyId !== undefined,
    placeholderData: () => queryClient.getQueryData<Agency[]>(keys.agencies)?.find((a) => a.id === agencyId),
    staleTime: 300_000,
  });
  return agency.data;
}

// A cycle of another agency answers 403 and one that does not exist 404: to the person, both
// are a cycle they cannot open.
const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 403 || error.status === 400);

function CycleNotFound() {
  return (
    <Stack>
      <Title order={1}>Ciclo no encontrado</Title>
      <Text>
        Este ciclo no existe o no tiene acceso a él. Revise la dirección o vuelva a la bandeja para elegir uno de sus
        ciclos.
      </Text>
      <Anchor component={Link} to="/">
        Volver a la bandeja
      </Anchor>
    </Stack>
  );
}

function CycleUnavailable({ error }: { error: unknown }) {
  return (
    <Stack>
      <Title order={1}>Ciclo</Title>
      <ErrorAlert error={error} title="No se pudo cargar el ciclo" />
      <Anchor component={Link} to="/">
        Volver a la bandeja
      </Anchor>
    </Stack>
  );
}
