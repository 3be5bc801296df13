import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Agency, Cycle, ProcedureRecord } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { RecordsTable } from './RecordsTable';
import { anyPending, dossierUrl, groupRecords } from './records-view';

// A cycle's records (registros): each PDF to download and verify, the obsolete ones apart, and the
// dossier that auditors take away. Records still being issued refresh by themselves.
export default function Registros() {
  const { cycleId = '' } = useParams();
  const cycle = useQuery({ queryKey: keys.cycle(cycleId), queryFn: () => api<Cycle>(`/cycles/${cycleId}`) });
  const agencies = useQuery({ queryKey: keys.agencies, queryFn: () => api<Agency[]>('/agencies') });
  const records = useQuery({
    queryKey: keys.records(cycleId),
    queryFn: () => api<ProcedureRecord[]>(`/cycles/${cycleId}/records`),
    refetchInterval: (query) => (anyPending(query.state.data) ? 2_000 : false),
  });
  const title = cycle.data ? `Registros del ciclo ${cycle.data.year}` : 'Registros del ciclo';
  usePageTitle(title);

  if (cycle.error || records.error) return <ErrorAlert error={cycle.error ?? records.error} title={title} />;
  if (!cycle.data || !records.data) return <Loading label="Cargando los registros…" />;

  const agency = agencies.data?.find((a) => a.id === cycle.data.agencyId);
  const { current, obsolete } = groupRecords(records.data);
  const pending = records.data.filter((r) => r.status === 'pending').length;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/ciclos/${cycleId}`} size="sm">
          Volver al ciclo
        </Anchor>
        <Title order={1}>{title}</Title>
        {agency && <Text c="dimmed">{agency.name}</Text>}
      </div>
      <Text maw={760}>
        Cada registro es un PDF emitido una sola vez y nunca sobrescrito. Su código SHA-256 permite a cualquier persona
        comprobar, con el enlace «Verificar», que el archivo es auténtico.
      </Text>

      <Paper withBorder p="md" radius="md" maw={760}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 320px' }}>
            <Text fw={700}>Expediente para auditoría</Text>
            <Text size="sm">
              Un archivo ZIP con todos los registros (los obsoletos aparte), las evidencias, el manifiesto con el
              SHA-256 de cada archivo y la lista maestra.
            </Text>
          </Stack>
          <Button component="a" href={dossierUrl(cycleId)} download variant="outline">
            Descargar expediente (ZIP)
          </Button>
        </Group>
      </Paper>

      <Text role="status" aria-live="polite" size="sm" fw={pending > 0 ? 600 : undefined}>
        {pending > 0 &&
          (pending === 1
            ? 'Hay 1 registro en emisión. Esta lista se actualiza sola; podrá descargarlo en unos segundos.'
            : `Hay ${pending} registros en emisión. Esta lista se actualiza sola; podrá descargarlos en unos segundos.`)}
      </Text>

      <Stack gap="xs" component="section" aria-labelledby="registros-vigentes">
        <Title order={2} size="h3" id="registros-vigentes">
          Registros vigentes
        </Title>
        {current.length > 0 ? (
          <RecordsTable records={current} labelledBy="registros-vigentes" />
        ) : (
          <Text>
            Este ciclo aún no tiene registros. Se emiten cuando SERNAM otorga la visación de un documento y cuando se
            registran las actividades, los avances, la revisión por la Dirección, la difusión y la estandarización.
          </Text>
        )}
      </Stack>

      {obsolete.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="registros-obsoletos">
          <Title order={2} size="h3" id="registros-obsoletos">
            Registros obsoletos
          </Title>
          <Text size="sm" maw={760}>
            Reemplazados por una versión más reciente del mismo documento. Se conservan tal como fueron emitidos.
          </Text>
          <RecordsTable records={obsolete} labelledBy="registros-obsoletos" />
        </Stack>
      )}
    </Stack>
  );
}
