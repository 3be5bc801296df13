import { Anchor, Badge, Box, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { fieldLabel, orderedFields } from '@procedure/field-labels';
import { memo } from 'react';
import type { ItemObservation } from '../api/types';
import { formatValue, isRecord } from '../documentos/format-value';
import { anchorId, isWithin, nearestOf } from '../documentos/places';
import { formatDateTime } from '../ui/format';
import type { Baseline } from './baseline';
import { CHANGE_TYPE_LABELS, type Change } from './changes';
import './ChangesView.css';

// "Cambios desde la versión …": what changed since the version this gate last saw, as a list:
// what kind of change, where (in Spanish, linking to the place), and the change itself: long
// texts word by word (<ins>/<del>, announced as "se agregó:"/"se quitó:"), short values as
// before and now, added or removed items with their fields.

const BASELINE_PHRASES: Readonly<Record<string, string>> = {
  RETURN: 'la que la Jefatura devolvió',
  APPROVE: 'la que la Jefatura aprobó',
  DENY_VISA: 'aquella cuya visación SERNAM denegó',
  GRANT_VISA: 'la que SERNAM visó',
};

export function changesTitle(baseline: Baseline | null): string {
  if (baseline?.type === 'RETURN') return 'Cambios desde la versión devuelta';
  if (baseline?.type === 'DENY_VISA') return 'Cambios desde la versión con visación denegada';
  return 'Cambios desde la versión aprobada anterior';
}

export const changeAnchor = (kind: string, index: number): string => `cambio:${kind}:${index}`;

/** Earlier observations whose place a change touches (the change is inside it, or it inside the change). */
export const relatedObservations = (change: Change, observations: readonly ItemObservation[]): ItemObservation[] =>
  observations.filter((o) => isWithin(change.path, o.path) || isWithin(o.path, change.path));

export const ChangesView = memo(function ChangesView({
  kind,
  version,
  baseline,
  changes,
  observations,
  anchors,
  headingId,
}: {
  kind: string;
  version: number;
  baseline: Baseline | null;
  /** Null while the earlier version loads. */
  changes: Change[] | null;
  observations: readonly ItemObservation[];
  /** The anchors of the submitted version, to link to. */
  anchors: ReadonlySet<string>;
  headingId: string;
}) {
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb={4}>
        {changesTitle(baseline)}
      </Title>
      {baseline === null ? (
        <Text>Primera versión enviada: no hay una versión anterior con qué comparar.</Text>
      ) : baseline.version === version ? (
        <Text>
          Sin cambios: es la misma versión {version}, {BASELINE_PHRASES[baseline.type] ?? 'ya revisada'}.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text>
            Versión {version} comparada con la versión {baseline.version},{' '}
            {baseline.source === 'visa' ? 'la última visada por SERNAM' : BASELINE_PHRASES[baseline.type]} el{' '}
            {formatDateTime(baseline.at)}.{' '}
            {changes === null
              ? 'Cargando la versión anterior…'
              : changes.length === 0
                ? 'No hay cambios de contenido.'
                : changes.length === 1
                  ? '1 cambio:'
                  : `${changes.length} cambios:`}
          </Text>
          {changes && changes.length > 0 && (
            <ChangesList kind={kind} changes={changes} observations={observations} anchors={anchors} />
          )}
        </Stack>
      )}
    </Box>
  );
});

/** The changes, in order: each with its kind, its place (a link when it is on the page) and itself. */
export function ChangesList({
  kind,
  changes,
  observations,
  anchors,
}: {
  kind: string;
  changes: readonly Change[];
  observations: readonly ItemObservation[];
  /** The anchors on the page of the later version's places, to link to; none, no links. */
  anchors: ReadonlySet<string>;
}) {
  return (
    <List spacing="sm" listStyleType="none" component="ol" className="lista-cambios">
      {changes.map((change, index) => (
        <List.Item key={`${change.type}:${change.path}`} id={changeAnchor(kind, index)}>
          <ChangeLine
            kind={kind}
            change={change}
            target={nearestOf(anchors, change.path)}
            related={relatedObservations(change, observations)}
          />
        </List.Item>
      ))}
    </List>
  );
}

const TYPE_COLORS = { added: '#1e6b2f', removed: 'red.9', modified: 'gobBlue.8' } as const;

function ChangeLine({
  kind,
  change,
  target,
  related,
}: {
  kind: string;
  change: Change;
  /** The anchor the change is at, or inside (the list an item was removed from). */
  target: string | undefined;
  related: ItemObservation[];
}) {
  return (
    <Stack gap={4} className="cambio">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={TYPE_COLORS[change.type]} variant="outline" style={{ flexShrink: 0 }}>
          {CHANGE_TYPE_LABELS[change.type]}
        </Badge>
        {target ? (
          <Anchor href={`#${anchorId(kind, target)}`} fw={700} size="sm">
            {change.label}
          </Anchor>
        ) : (
          <Text fw={700} size="sm">
            {change.label}
          </Text>
        )}
      </Group>
      <ChangeDetail change={change} />
      {related.length > 0 && (
        <Text size="xs" c="dimmed">
          Relacionado con {related.length === 1 ? 'la observación' : 'las observaciones'}:{' '}
          {related.map((o) => `«${o.text.length > 80 ? `${o.text.slice(0, 80)}…` : o.text}»`).join('; ')}
        </Text>
      )}
    </Stack>
  );
}

function ChangeDetail({ change }: { change: Change }) {
  if (change.words)
    return (
      <Text size="sm" className="texto-comparado">
        {change.words.map((part, i) =>
          part.type === 'added' ? (
            <ins key={i}>
              <VisuallyHidden>[se agregó: </VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          ) : part.type === 'removed' ? (
            <del key={i}>
              <VisuallyHidden>[se quitó: </VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </Text>
    );
  if (change.type === 'modified')
    return (
      <Text size="sm">
        <Text span fw={700} size="sm">
          Antes:
        </Text>{' '}
        <del>{formatValue(change.field, change.before)}</del>{' '}
        <Text span fw={700} size="sm">
          Ahora:
        </Text>{' '}
        <ins>{formatValue(change.field, change.after)}</ins>
      </Text>
    );
  const value = change.type === 'added' ? change.after : change.before;
  if (isRecord(value))
    return (
      <Box component="dl" className="valores-elemento">
        {orderedFields(Object.keys(value)).map((key) => (
          <Group key={key} gap={6} wrap="nowrap" align="flex-start">
            <Text component="dt" size="sm" fw={700} style={{ flexShrink: 0 }}>
              {fieldLabel(key)}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              {formatValue(key, value[key])}
            </Text>
          </Group>
        ))}
      </Box>
    );
  return <Text size="sm">{formatValue(change.field, value)}</Text>;
}
