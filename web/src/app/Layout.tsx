import { Anchor, AppShell, Badge, Box, Burger, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { useUnreadCount } from '../notificaciones/use-unread-count';
import { AccessibilityControls, useAccessibilityPreferences } from '../ui/accessibility';
import { ConnectionBanner } from '../ui/ConnectionBanner';

const NAV = [
  { to: '/', label: 'Bandeja', end: true },
  { to: '/notificaciones', label: 'Notificaciones', end: false },
  { to: '/cuenta', label: 'Mi cuenta', end: false },
];

export function Layout({ prefs }: { prefs: ReturnType<typeof useAccessibilityPreferences> }) {
  const { me, signOut } = useSession();
  const unread = useUnreadCount();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a className="saltar-al-contenido" href="#contenido">
        Saltar al contenido
      </a>
      <AppShell.Header bg="gobNavy.9" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label="Menú" />
            <Anchor component={Link} to="/" c="white" underline="never" fw={700} ff="heading" fz="xl">
              Enfoque
            </Anchor>
            <Text size="sm" c="gray.3" visibleFrom="md">
              Sistema Enfoque de Género
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <UnstyledButton
              component={Link}
              to="/notificaciones"
              c="white"
              aria-label={unread > 0 ? `Notificaciones: ${unread} sin leer` : 'Notificaciones: ninguna sin leer'}
            >
              <Group gap={4} wrap="nowrap">
                <BellIcon />
                {unread > 0 && (
                  <Badge color="gobRed.7" size="sm" circle={unread < 10} aria-hidden>
                    {unread}
                  </Badge>
                )}
              </Group>
            </UnstyledButton>
            <Text size="sm" c="white" visibleFrom="sm">
              {me.name}
            </Text>
            <Button variant="white" color="gobNavy" size="xs" onClick={() => void signOut()}>
              Cerrar sesión
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label="Navegación principal">
        <Stack gap={4} component="nav" aria-label="Secciones">
          {NAV.map((item) => (
            <Anchor
              key={item.to}
              component={NavLink}
              to={item.to}
              end={item.end}
              onClick={close}
              className="enlace-navegacion"
            >
              {item.label}
              {item.to === '/notificaciones' && unread > 0 ? ` (${unread})` : ''}
            </Anchor>
          ))}
        </Stack>
        <Box mt="xl">
          <Text size="xs" fw={700} c="dimmed" mb={6}>
            Accesibilidad
          </Text>
          <AccessibilityControls prefs={prefs} />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main id="contenido" tabIndex={-1}>
        <ConnectionBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
      />
    </svg>
  );
}
