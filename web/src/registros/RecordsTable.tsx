import { Anchor, Badge, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { recordStatusLabel } from '@procedure/labels';
import type { ProcedureRecord } from '../api/types';
import { formatDateTime } from '../ui/format';
import { formatSize, pdfUrl, recordName, verifyUrl } from './records-view';

// One row per record: what it is, its state, when it was issued, and its two links (the PDF and
// the public verification of its SHA-256) once the PDF exists.
export function RecordsTable({ records, labelledBy }: { records: ProcedureRecord[]; labelledBy: string }) {
  return (
    <Table.ScrollContainer minWidth={680}>
      {/* Fixed columns, so that the current and the obsolete tables line up. */}
      <Table striped withTableBorder verticalSpacing="sm" layout="fixed" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="31%">
              Registro
            </Table.Th>
            <Table.Th scope="col" w="9%">
              Versión
            </Table.Th>
            <Table.Th scope="col" w="12%">
              Estado
            </Table.Th>
            <Table.Th scope="col" w="21%">
              Emitido
            </Table.Th>
            <Table.Th scope="col" w="10%">
              Tamaño
            </Table.Th>
            <Table.Th scope="col" w="17%">
              Archivo
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <RecordRow key={record.id} record={record} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RecordRow({ record }: { record: ProcedureRecord }) {
  const issued = record.status === 'issued';
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Text fw={600} size="sm">
          {record.title}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {record.code}
        </Text>
      </Table.Th>
      <Table.Td>{record.version}</Table.Td>
      <Table.Td>
        <RecordStatus record={record} />
      </Table.Td>
      <Table.Td>{record.issuedAt ? formatDateTime(record.issuedAt) : '—'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(record.size)}</Table.Td>
      <Table.Td>
        {issued && record.sha256 ? (
          <Stack gap={4}>
            <Anchor href={pdfUrl(record.id)} download aria-label={`Descargar PDF de ${recordName(record)}`}>
              Descargar PDF
            </Anchor>
            <Anchor href={verifyUrl(record.sha256)} aria-label={`Verificar ${recordName(record)}`}>
              Verificar
            </Anchor>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Disponible al terminar la emisión
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function RecordStatus({ record }: { record: ProcedureRecord }) {
  const label = recordStatusLabel(record);
  if (record.status === 'pending')
    return (
      <Group gap={6} wrap="nowrap">
        <Loader size={14} aria-hidden />
        <Text size="sm">{label}</Text>
      </Group>
    );
  return (
    // Dark text on the table's white or striped rows (WCAG AA contrast), and the state in words.
    <Badge variant="outline" color={record.obsolete ? '#495057' : '#1d5c2c'} size="md" radius="sm" tt="none">
      {label}
    </Badge>
  );
}
