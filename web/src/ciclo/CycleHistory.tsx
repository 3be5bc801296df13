import { Alert, Box, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ChainVerification, HistoryEntry } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { historyLines, verificationMessage, type HistoryLine } from './history-view';

// A long history shows its latest movements first; the rest on request.
const FIRST = 25;

// Everything that happened in the cycle, newest first, and whether the chain that seals it holds.
export function CycleHistory({
  entries,
  verification,
  error,
}: {
  entries: HistoryEntry[] | undefined;
  verification: ChainVerification | undefined;
  error: unknown;
}) {
  const [all, setAll] = useState(false);
  const lines = entries ? historyLines(entries) : [];
  const shown = all ? lines : lines.slice(0, FIRST);
  return (
    <Box component="section" aria-labelledby="historial-titulo">
      <Title order={2} id="historial-titulo" mb="xs">
        Historial
      </Title>
      {verification && <Verification verification={verification} />}
      {error ? (
        <ErrorAlert error={error} title="No se pudo cargar el historial" />
      ) : !entries ? (
        <Loading label="Cargando el historial…" />
      ) : (
        <>
          <Stack
            component="ol"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label="Movimientos, del más reciente al más antiguo"
          >
            {shown.map((line) => (
              <Entry key={line.id} line={line} />
            ))}
          </Stack>
          {shown.length < lines.length && (
            <Button variant="default" mt="sm" onClick={() => setAll(true)}>
              Mostrar los {lines.length - shown.length} movimientos anteriores
            </Button>
          )}
        </>
      )}
    </Box>
  );
}

function Verification({ verification }: { verification: ChainVerification }) {
  const message = verificationMessage(verification);
  return message.valid ? (
    <Text size="sm" mb="sm" role="status">
      <span aria-hidden>✓ </span>
      {message.text}
    </Text>
  ) : (
    <Alert color="red" variant="filled" title="Historial alterado" role="alert" mb="sm">
      {message.text}
    </Alert>
  );
}

function Entry({ line }: { line: HistoryLine }) {
  return (
    <Paper component="li" withBorder p="sm">
      <Text size="sm" fw={700}>
        {line.title}
      </Text>
      <Text size="xs" c="dimmed">
        {line.who}
        {line.role && ` (${line.role})`} · {formatDateTime(line.at)}
      </Text>
      {line.stateAfter && <Text size="sm">Quedó en: {line.stateAfter}</Text>}
      {line.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
          {line.comment}
        </Text>
      )}
      {line.observations.length > 0 && (
        <Box mt={4}>
          <Text size="sm" fw={500}>
            Observaciones
          </Text>
          <List size="sm" spacing={2}>
            {line.observations.map((o, i) => (
              <List.Item key={i}>
                {o.document && `${o.document}: `}
                {o.text}
              </List.Item>
            ))}
          </List>
        </Box>
      )}
      {line.documents.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {line.documents.join(' · ')}
        </Text>
      )}
    </Paper>
  );
}
