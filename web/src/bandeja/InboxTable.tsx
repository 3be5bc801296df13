import { Anchor, Badge, Box, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { historyEntryLabel, stageShortLabel } from '@procedure/labels';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { InboxItem } from '../api/types';
import { daysSince, formatDate, formatDateTime } from '../ui/format';
import { actionPathOf, documentLine, expectationOf } from './inbox-view';

const COLUMNS = 6;
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

// What awaits the person, one row per cycle; under it, when a document came back to them, the
// observations that came with it.
export function InboxTable({ items }: { items: InboxItem[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover={false} withTableBorder>
        {/* Names the table for screen readers; the page's introduction already says it on screen. */}
        <Table.Caption style={HIDDEN}>Pendientes, del que más ha esperado al más reciente</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Servicio</Table.Th>
            <Table.Th scope="col">Año</Table.Th>
            <Table.Th scope="col">Documentos</Table.Th>
            <Table.Th scope="col">Qué se espera de usted</Table.Th>
            <Table.Th scope="col">Desde</Table.Th>
            <Table.Th scope="col">Plazo</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Fragment key={item.cycleId}>
              <InboxRow item={item} />
              {item.observation && <ObservationRow item={item} />}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InboxRow({ item }: { item: InboxItem }) {
  const expected = expectationOf(item);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {item.agency.name}
        </Text>
        <Text size="xs" c="dimmed">
          {item.agency.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.year}</Text>
        <Text size="xs" c="dimmed">
          {stageShortLabel(item.stage)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {item.documents.map((doc) => {
            const line = documentLine(doc);
            return (
              <Text size="sm" key={doc.kind}>
                {line.name}
                <Text span size="xs" c="dimmed" display="block">
                  {line.detail}
                </Text>
              </Text>
            );
          })}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={actionPathOf(item)} fw={700} size="sm">
          {expected}
          <VisuallyHidden>
            {' '}
            · {item.agency.name}, ciclo {item.year}
          </VisuallyHidden>
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(item.since)}</Text>
        <Text size="xs" c="dimmed">
          {daysSince(item.since)}
        </Text>
      </Table.Td>
      <Table.Td>
        <DueCell item={item} />
      </Table.Td>
    </Table.Tr>
  );
}

function DueCell({ item }: { item: InboxItem }) {
  if (!item.dueDate)
    return (
      <Text size="sm" c="dimmed">
        Sin plazo fijado
      </Text>
    );
  return (
    <Box>
      {item.overdue && (
        <Badge color="red.8" variant="filled" size="sm" mb={4}>
          Vencido
        </Badge>
      )}
      <Text size="sm" fw={item.overdue ? 700 : undefined} c={item.overdue ? 'red.9' : undefined}>
        {formatDate(item.dueDate)}
      </Text>
      {item.dueLabel && (
        <Text size="xs" c="dimmed">
          {item.dueLabel}
        </Text>
      )}
    </Box>
  );
}

function ObservationRow({ item }: { item: InboxItem }) {
  const observation = item.observation;
  if (!observation) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={COLUMNS} pt={0}>
        <Paper
          withBorder
          p="sm"
          bg="gobRed.0"
          style={{ borderLeft: '4px solid var(--mantine-color-gobRed-7)' }}
          aria-label={`Observaciones: ${item.agency.name}, ciclo ${item.year}`}
          component="section"
        >
          <Text size="sm" fw={700}>
            Observaciones · {historyEntryLabel(observation.type)}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {observation.by ?? 'Persona no registrada'} · {formatDateTime(observation.at)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {observation.comment || 'Sin texto.'}
          </Text>
        </Paper>
      </Table.Td>
    </Table.Tr>
  );
}
