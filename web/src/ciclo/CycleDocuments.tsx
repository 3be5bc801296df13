import { Anchor, Box, Stack, Table, Text, Title } from '@mantine/core';
import { documentKindLabel, documentStatusLabel } from '@procedure/labels';
import { Link } from 'react-router';
import type { Cycle } from '../api/types';
import { reachedImplementation } from '../ejecucion/execution-view';

const REGISTER_KINDS = ['activity-record', 'progress-report'] as const;
const registers = (n: number) => (n === 1 ? '1 registro' : `${n} registros`);

// The cycle's documents, each linking to its page, and how many entries the registers hold (with
// the Ejecución screen, where they are recorded, once the implementation has begun).
export function CycleDocuments({ cycle }: { cycle: Cycle }) {
  return (
    <Box component="section" aria-labelledby="documentos-titulo">
      <Title order={2} id="documentos-titulo" mb="xs">
        Documentos
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Documento</Table.Th>
              <Table.Th scope="col">Estado</Table.Th>
              <Table.Th scope="col">Versión</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cycle.documents.map((doc) => (
              <Table.Tr key={doc.kind}>
                <Table.Td>
                  <Anchor component={Link} to={`/ciclos/${cycle.id}/documentos/${doc.kind}`} size="sm">
                    {documentKindLabel(doc.kind)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{documentStatusLabel(doc.status)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{doc.version > 0 ? doc.version : 'Ninguna'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={2} mt="xs">
        {REGISTER_KINDS.map((kind) => (
          <Text size="sm" key={kind}>
            {reachedImplementation(cycle.stage) ? (
              <Anchor component={Link} to={`/ciclos/${cycle.id}/ejecucion`} size="sm">
                {documentKindLabel(kind)}
              </Anchor>
            ) : (
              documentKindLabel(kind)
            )}
            : {registers(cycle.registers[kind] ?? 0)}
          </Text>
        ))}
      </Stack>
    </Box>
  );
}
