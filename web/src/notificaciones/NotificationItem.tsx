import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AppNotification } from '../api/types';
import { formatDateTime } from '../ui/format';

// One notification: unread ones say so in words (not colour alone); following its title to the
// cycle marks it read, and so does its own button.
export function NotificationItem({
  notification,
  onRead,
  marking,
}: {
  notification: AppNotification;
  onRead: () => void;
  marking: boolean;
}) {
  const unread = !notification.read;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      bg={unread ? 'gobBlue.0' : undefined}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-gobBlue-6)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            {unread && (
              <Badge color="gobBlue.7" radius="sm" tt="none">
                Sin leer
              </Badge>
            )}
            <Text size="sm" c="dimmed" component="time" dateTime={notification.createdAt}>
              {formatDateTime(notification.createdAt)}
            </Text>
          </Group>
          <Title order={2} size="h5" fw={unread ? 700 : 500}>
            <Anchor
              component={Link}
              to={`/ciclos/${encodeURIComponent(notification.link.cycleId)}`}
              onClick={() => {
                if (unread) onRead();
              }}
            >
              {notification.title}
            </Anchor>
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {notification.body}
          </Text>
        </Stack>
        {unread && (
          <Button
            variant="default"
            size="xs"
            onClick={onRead}
            loading={marking}
            aria-label={`Marcar como leída: ${notification.title}`}
            style={{ flexShrink: 0 }}
          >
            Marcar como leída
          </Button>
        )}
      </Group>
    </Paper>
  );
}
