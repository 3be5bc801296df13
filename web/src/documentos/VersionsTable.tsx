import { Table } from '@mantine/core';
import type { DocumentVersionSummary } from '../api/types';
import { formatDateTime } from '../ui/format';

// Who wrote each version of a document and when, newest first.
export function VersionsTable({ versions }: { versions: readonly DocumentVersionSummary[] }) {
  return (
    <Table withTableBorder verticalSpacing={4} maw={720} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Versión</Table.Th>
          <Table.Th scope="col">Autor/a</Table.Th>
          <Table.Th scope="col">Guardada</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...versions].reverse().map((v) => (
          <Table.Tr key={v.version}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{v.authorName ?? 'Autor/a desconocido/a'}</Table.Td>
            <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
