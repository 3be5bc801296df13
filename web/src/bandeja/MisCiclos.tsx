import { Anchor, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { stateLabel } from '@procedure/labels';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Agency, CycleListItem } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';

// A person works in a handful of agencies; beyond this many, the cycles of the first ones.
const MAX_AGENCIES = 8;

// Every cycle of the person's agencies, so that someone with nothing pending (an auditor, the
// quality team) still reaches a cycle from here.
export function MisCiclos({ agencies, agenciesError }: { agencies: Agency[] | undefined; agenciesError: unknown }) {
  const shown = (agencies ?? []).slice(0, MAX_AGENCIES);
  const cycles = useQueries({
    queries: shown.map((agency) => ({
      queryKey: keys.agencyCycles(agency.id),
      queryFn: () => api<CycleListItem[]>(`/agencies/${agency.id}/cycles`),
    })),
  });
  const rows = shown.flatMap((agency, i) => (cycles[i]?.data ?? []).map((cycle) => ({ agency, cycle })));
  const error: unknown = agenciesError ?? cycles.find((q) => q.error)?.error;
  const pending = !error && (agencies === undefined || cycles.some((q) => q.isPending));

  return (
    <Stack component="section" aria-labelledby="mis-ciclos" gap="sm" mt="xl">
      <Title order={2} id="mis-ciclos">
        Mis ciclos
      </Title>
      {pending ? (
        <Loading label="Cargando los ciclos de sus servicios…" />
      ) : rows.length === 0 ? (
        !error && <Text>Sus servicios aún no tienen ciclos.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Servicio</Table.Th>
                <Table.Th scope="col">Año</Table.Th>
                <Table.Th scope="col">Dónde está</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ agency, cycle }) => (
                <Table.Tr key={cycle.id}>
                  <Table.Td>
                    {agency.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {agency.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/ciclos/${cycle.id}`} fw={700}>
                      Ciclo {cycle.year}
                      <VisuallyHidden> · {agency.name}</VisuallyHidden>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{stateLabel(cycle.state)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert error={error} title="No se pudieron cargar algunos ciclos" />
      {(agencies?.length ?? 0) > MAX_AGENCIES && (
        <Text size="sm" c="dimmed">
          Tiene acceso a {agencies?.length} servicios; aquí se muestran los ciclos de los primeros {MAX_AGENCIES}. Los
          demás aparecen en la bandeja cuando esperan algo de usted.
        </Text>
      )}
    </Stack>
  );
}
