import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ItemObservation } from '../api/types';
import { formatDateTime } from '../ui/format';
import { observationOrigin, STATUS_COLORS, statusOf } from './observations';

// One observation of the head or SERNAM, where it was made: what it says, who said it in which
// round, where the authors stand, and their answer. `children` holds what may be done with it.
export function ObservationNote({
  observation,
  round,
  label,
  children,
}: {
  observation: ItemObservation;
  round: number | undefined;
  /** Where it was made ('Inequidades › INQ-3'), when not evident from where it is shown. */
  label?: string;
  children?: ReactNode;
}) {
  const who = observation.author.role === 'agency_head' ? 'de la Jefatura' : 'de SERNAM';
  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      radius="sm"
      className="observacion"
      aria-label={`Observación ${who}${label ? ` sobre «${label}»` : ''}: ${statusOf(observation)}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Box style={{ minWidth: 0 }}>
          {label && (
            <Text size="xs" fw={700}>
              {label}
            </Text>
          )}
          <Text className="documento-parrafo">{observation.text}</Text>
          <Text size="xs" c="dimmed">
            {observationOrigin(observation, round)} · sobre la versión {observation.documentVersion}
          </Text>
        </Box>
        <Badge color={STATUS_COLORS[observation.status]} variant="outline" style={{ flexShrink: 0 }}>
          {statusOf(observation)}
        </Badge>
      </Group>
      {observation.answer !== null && (
        <Box mt={6} pl="sm" className="observacion-respuesta">
          <Text size="sm" className="documento-parrafo">
            <Text span fw={700} size="sm">
              Respuesta
              {observation.answeredBy ? ` de ${observation.answeredBy.name}` : ''}
              {observation.answeredAt ? ` (${formatDateTime(observation.answeredAt)})` : ''}:{' '}
            </Text>
            {observation.answer}
          </Text>
        </Box>
      )}
      {children}
    </Paper>
  );
}
