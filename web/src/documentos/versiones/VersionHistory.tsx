import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { DocumentVersionSummary } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { versionPath } from './paths';
import { ShortHash } from './ShortHash';
import { comparisonFor } from './version-choice';

// Every version of a document, newest first: its number (and the version it restored, if it
// did), who saved it and when, its hash, and the way to open it or compare it.
export function VersionHistory({
  cycleId,
  kind,
  versions,
  onCompare,
}: {
  cycleId: string;
  kind: string;
  versions: readonly DocumentVersionSummary[];
  onCompare: (comparison: { from: number; to: number }) => void;
}) {
  const latest = versions.at(-1)?.version ?? 0;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing={6} fz="sm" maw={960}>
        <Table.Caption>Las versiones del documento, de la más reciente a la primera.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Versión</Table.Th>
            <Table.Th scope="col">Autor/a</Table.Th>
            <Table.Th scope="col">Guardada</Table.Th>
            <Table.Th scope="col">Huella (SHA-256)</Table.Th>
            <Table.Th scope="col">Acciones</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((v) => {
            const pair = comparisonFor(v.version, latest);
            return (
              <Table.Tr key={v.version}>
                <Table.Th scope="row" fw={400}>
                  <Text span fw={700} size="sm">
                    {v.version}
                  </Text>
                  {v.version === latest && ' (vigente)'}
                  {v.restoredFromVersion !== null && (
                    <Text size="xs" c="dimmed">
                      restaurada desde la versión {v.restoredFromVersion}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{v.authorName ?? 'Autor/a desconocido/a'}</Table.Td>
                <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  <ShortHash sha256={v.sha256} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={versionPath(cycleId, kind, v.version)} size="sm">
                      Ver<VisuallyHidden component="span">{` la versión ${v.version}`}</VisuallyHidden>
                    </Anchor>
                    {pair && (
                      <Button size="compact-sm" variant="subtle" onClick={() => onCompare(pair)}>
                        Comparar con la versión {pair.from === v.version ? pair.to : pair.from}
                        <VisuallyHidden component="span">{` (de la versión ${pair.from} a la ${pair.to})`}</VisuallyHidden>
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
