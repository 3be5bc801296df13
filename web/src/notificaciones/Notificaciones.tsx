import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { NotificationsResponse } from '../api/types';
import { unlessSessionEnded } from '../auth/unless-session-ended';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { NotificationItem } from './NotificationItem';
import { offsetOf, PAGE_PARAM, PAGE_SIZE, pageCount, pageHref, pageFromParam } from './pages';
import { useMarkAllRead, useMarkRead } from './use-notification-marks';

// What happened in the person's cycles (documents to approve or visa, returned, granted…) and
// the reminders of their deadlines, newest first, 20 a page.
export default function Notificaciones() {
  usePageTitle('Notificaciones');
  const [params] = useSearchParams();
  const page = pageFromParam(params.get(PAGE_PARAM));
  const list = useQuery({
    queryKey: keys.notificationsPage(page),
    queryFn: () => api<NotificationsResponse>(`/notifications?limit=${PAGE_SIZE}&offset=${offsetOf(page)}`),
  });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const unread = list.data?.unread ?? 0;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>Notificaciones</Title>
        <Button
          variant="outline"
          onClick={() => markAll.mutate()}
          loading={markAll.isPending}
          disabled={!list.data || unread === 0}
        >
          Marcar todas como leídas
        </Button>
      </Group>
      <Text role="status" aria-live="polite">
        {list.data && (unread === 0 ? 'No tiene notificaciones sin leer.' : `${unread} sin leer.`)}
      </Text>
      <ErrorAlert error={unlessSessionEnded(markRead.error ?? markAll.error)} title="No se pudo marcar como leída" />

      {list.error ? (
        <ErrorAlert error={list.error} title="No se pudieron cargar las notificaciones" />
      ) : !list.data ? (
        <Loading label="Cargando las notificaciones…" />
      ) : list.data.items.length === 0 ? (
        <EmptyPage total={list.data.total} />
      ) : (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notificaciones">
            {list.data.items.map((n) => (
              <NotificationItem
                key={n.id}
                notification={n}
                onRead={() => markRead.mutate(n.id)}
                marking={markRead.isPending && markRead.variables === n.id}
              />
            ))}
          </Stack>
          <Pager page={page} pages={pageCount(list.data.total)} />
        </>
      )}
    </Stack>
  );
}

function EmptyPage({ total }: { total: number }) {
  if (total === 0)
    return (
      <Text>
        No tiene notificaciones. Aquí le avisaremos cuando un documento espere su decisión, cuando vuelva con
        observaciones, cuando reciba la visación y cuando se acerque o venza un plazo.
      </Text>
    );
  return (
    <Text>
      Esta página no tiene notificaciones.{' '}
      <Anchor component={Link} to={pageHref(1)}>
        Ir a la primera página
      </Anchor>
    </Text>
  );
}

function Pager({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <Group component="nav" aria-label="Páginas de notificaciones" justify="center" gap="lg">
      {page > 1 ? (
        <Anchor component={Link} to={pageHref(page - 1)}>
          Página anterior
        </Anchor>
      ) : (
        <span />
      )}
      <Text size="sm">
        Página {page} de {pages}
      </Text>
      {page < pages ? (
        <Anchor component={Link} to={pageHref(page + 1)}>
          Página siguiente
        </Anchor>
      ) : (
        <span />
      )}
    </Group>
  );
}
