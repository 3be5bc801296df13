import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Agency, InboxResponse } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { InboxFilterBar } from './InboxFilterBar';
import { InboxTable } from './InboxTable';
import {
  agencyNamesOf,
  filterOptions,
  filtersKey,
  hasFilters,
  inboxApiPath,
  pendingCount,
  readInboxFilters,
  writeInboxFilters,
  type InboxFilters,
} from './inbox-view';
import { MisCiclos } from './MisCiclos';

// The page after signing in: what awaits the person now across their agencies, then every cycle
// of those agencies.
export function Bandeja() {
  usePageTitle('Bandeja');
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params);
  const agencies = useQuery({ queryKey: keys.agencies, queryFn: () => api<Agency[]>('/agencies') });
  const inbox = useQuery({
    queryKey: keys.inboxView(filtersKey(filters)),
    queryFn: () => api<InboxResponse>(inboxApiPath(filters)),
    // While another filter loads, the list stays as it was instead of flashing empty.
    placeholderData: keepPreviousData,
  });
  const setFilters = (next: InboxFilters) => setParams(writeInboxFilters(next, params), { replace: true });

  return (
    <Stack gap="md">
      <Title order={1}>Bandeja</Title>
      <Text>Lo que espera de usted ahora en sus servicios, del que más ha esperado al más reciente.</Text>
      {inbox.isPending ? (
        <Loading label="Cargando su bandeja…" />
      ) : inbox.error && !inbox.data ? (
        <ErrorAlert error={inbox.error} title="No se pudo cargar la bandeja" />
      ) : inbox.data ? (
        <InboxContent
          data={inbox.data}
          filters={filters}
          agencies={agencies.data ?? []}
          loading={inbox.isFetching && inbox.isPlaceholderData}
          onFilters={setFilters}
        />
      ) : null}
      <MisCiclos agencies={agencies.data} agenciesError={agencies.error} />
    </Stack>
  );
}

function InboxContent({
  data,
  filters,
  agencies,
  loading,
  onFilters,
}: {
  data: InboxResponse;
  filters: InboxFilters;
  agencies: Agency[];
  loading: boolean;
  onFilters: (next: InboxFilters) => void;
}) {
  if (data.counts.total === 0) {
    return (
      <Paper withBorder p="lg" role="status">
        <Text fw={700}>No tiene nada pendiente.</Text>
        <Text size="sm">
          Cuando un documento espere su redacción, su aprobación o su visación, aparecerá aquí. Puede revisar los ciclos
          de sus servicios en «Mis ciclos».
        </Text>
      </Paper>
    );
  }
  const options = filterOptions(data.counts, agencyNamesOf(agencies, data.items), filters);
  const filtered = hasFilters(filters);
  return (
    <Stack gap="sm">
      <InboxFilterBar filters={filters} options={options} onChange={onFilters} />
      <Text size="sm" role="status" aria-live="polite" aria-busy={loading}>
        {loading
          ? 'Actualizando la lista…'
          : filtered
            ? `Con estos filtros: ${data.total} de ${pendingCount(data.counts.total)}.`
            : `Tiene ${pendingCount(data.total)}.`}
        {data.total > data.items.length && ` Se muestran los ${data.items.length} que más han esperado.`}
      </Text>
      {data.items.length > 0 ? (
        <InboxTable items={data.items} />
      ) : (
        <Paper withBorder p="lg">
          <Text>Nada de lo pendiente coincide con estos filtros.</Text>
          <Anchor component="button" type="button" onClick={() => onFilters({})}>
            Quitar filtros
          </Anchor>
        </Paper>
      )}
    </Stack>
  );
}
