import { Box, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { memo, useMemo, type ComponentType } from 'react';
import {
  buildOutline,
  filterOutline,
  type FieldNode,
  type ItemNode,
  type ItemsNode,
  type OutlineNode,
  type SectionNode,
  type TableNode,
  type TableRow,
} from './outline';
import { anchorId } from './places';
import './DocumentView.css';

// A document's content as a person reads a record (outline.ts decides the layout). Every field,
// section, list, row and item is an anchor (id from its path) and a place: `Action` is drawn
// beside it (e.g. "Agregar observación") and `Slot` under it (the observations made there), so
// that the reviewer observes an item where it is and the author reads the observation there.

export interface DocumentPlace {
  kind: string;
  path: string;
  /** 'Inequidades › INQ-3 › Brecha'. */
  label: string;
  itemId: string | undefined;
  /** For a table row: the fields of the item, each a place of its own. */
  fields?: { path: string; label: string }[];
}

export type PlaceComponent = ComponentType<{ place: DocumentPlace }>;

interface Props {
  kind: string;
  content: unknown;
  Action?: PlaceComponent;
  Slot?: PlaceComponent;
  /** Show only what leads to these places (and each of them whole). */
  onlyPaths?: readonly string[];
  /** The heading level of the document's top-level fields. */
  level?: number;
}

// Memoised: typing an observation or answering one elsewhere on the page never redraws it.
export const DocumentView = memo(function DocumentView({ kind, content, Action, Slot, onlyPaths, level = 3 }: Props) {
  const outline = useMemo(() => buildOutline(content), [content]);
  const shown = useMemo(() => (onlyPaths ? filterOutline(outline, onlyPaths) : outline), [outline, onlyPaths]);
  if (shown.length === 0)
    return (
      <Text c="dimmed">{onlyPaths ? 'Ningún elemento tiene observaciones abiertas.' : 'El documento está vacío.'}</Text>
    );
  const ctx: Context = { kind, Action, Slot };
  return (
    <Stack gap="lg" className="documento">
      {shown.map((node) => (
        <Node key={node.path} node={node} level={level} ctx={ctx} />
      ))}
    </Stack>
  );
});

interface Context {
  kind: string;
  Action?: PlaceComponent;
  Slot?: PlaceComponent;
}

const order = (level: number): TitleOrder => Math.min(Math.max(level, 1), 6) as TitleOrder;

const placeOf = (kind: string, p: { path: string; label: string; itemId: string | undefined }): DocumentPlace => ({
  kind,
  path: p.path,
  label: p.label,
  itemId: p.itemId,
});

function Node({ node, level, ctx }: { node: OutlineNode; level: number; ctx: Context }) {
  switch (node.type) {
    case 'field':
      return <Field node={node} ctx={ctx} />;
    case 'section':
      return <Section node={node} level={level} ctx={ctx} />;
    case 'table':
      return <ItemTable node={node} level={level} ctx={ctx} />;
    case 'items':
      return <Items node={node} level={level} ctx={ctx} />;
  }
}

function Heading({ id, level, children }: { id: string; level: number; children: string }) {
  return (
    <Title order={order(level)} id={id} fz={level <= 3 ? 'h4' : level === 4 ? 'h5' : 'h6'}>
      {children}
    </Title>
  );
}

function PlaceHeader({ ctx, place, children }: { ctx: Context; place: DocumentPlace; children: React.ReactNode }) {
  const { Action } = ctx;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Box style={{ minWidth: 0 }}>{children}</Box>
      {Action && <Action place={place} />}
    </Group>
  );
}

function Field({ node, ctx }: { node: FieldNode; ctx: Context }) {
  const place = placeOf(ctx.kind, node);
  const { Slot } = ctx;
  return (
    <Box id={anchorId(ctx.kind, node.path)} className="documento-lugar">
      <PlaceHeader ctx={ctx} place={place}>
        <Text fw={700} size="sm">
          {node.title}
        </Text>
      </PlaceHeader>
      <Text className={node.long ? 'documento-parrafo' : undefined}>{node.text}</Text>
      {Slot && <Slot place={place} />}
    </Box>
  );
}

// A section, a list, an item or a table: a titled place whose observations sit under its title.
function HeadedPlace({
  as,
  node,
  title,
  level,
  ctx,
  className = 'documento-lugar',
  children,
}: {
  as: 'section' | 'article';
  node: { path: string; label: string; itemId: string | undefined };
  title: string;
  level: number;
  ctx: Context;
  className?: string;
  children: React.ReactNode;
}) {
  const place = placeOf(ctx.kind, node);
  const id = anchorId(ctx.kind, node.path);
  const { Slot } = ctx;
  return (
    <Box component={as} id={id} aria-labelledby={`${id}:titulo`} className={className}>
      <PlaceHeader ctx={ctx} place={place}>
        <Heading id={`${id}:titulo`} level={level}>
          {title}
        </Heading>
      </PlaceHeader>
      {Slot && <Slot place={place} />}
      {children}
    </Box>
  );
}

function Section({ node, level, ctx }: { node: SectionNode; level: number; ctx: Context }) {
  return (
    <HeadedPlace as="section" node={node} title={node.title} level={level} ctx={ctx}>
      <Stack gap="sm" mt="xs" pl="sm" className="documento-seccion">
        {node.children.map((child) => (
          <Node key={child.path} node={child} level={level + 1} ctx={ctx} />
        ))}
      </Stack>
    </HeadedPlace>
  );
}

function Items({ node, level, ctx }: { node: ItemsNode; level: number; ctx: Context }) {
  return (
    <HeadedPlace as="section" node={node} title={`${node.title} (${node.items.length})`} level={level} ctx={ctx}>
      <Stack gap="md" mt="xs">
        {node.items.map((item) => (
          <Item key={item.path} item={item} level={level + 1} ctx={ctx} />
        ))}
      </Stack>
    </HeadedPlace>
  );
}

function Item({ item, level, ctx }: { item: ItemNode; level: number; ctx: Context }) {
  return (
    <HeadedPlace
      as="article"
      node={item}
      title={item.heading}
      level={level}
      ctx={ctx}
      className="documento-lugar documento-elemento"
    >
      <Stack gap="sm" mt="xs">
        {item.children.map((child) => (
          <Node key={child.path} node={child} level={level + 1} ctx={ctx} />
        ))}
      </Stack>
    </HeadedPlace>
  );
}

function ItemTable({ node, level, ctx }: { node: TableNode; level: number; ctx: Context }) {
  const { Action } = ctx;
  const width = node.columns.length + (Action ? 1 : 0);
  return (
    <HeadedPlace as="section" node={node} title={`${node.title} (${node.rows.length})`} level={level} ctx={ctx}>
      <Box className="documento-tabla" tabIndex={0} role="region" aria-label={`Tabla: ${node.label}`} mt="xs">
        {/* Plain elements: a programme has hundreds of rows, and this table is drawn at once. */}
        <table>
          <thead>
            <tr>
              {node.columns.map((column) => (
                <th key={column.name} scope="col">
                  {column.label}
                </th>
              ))}
              {Action && (
                <th scope="col">
                  <span className="visualmente-oculto">Observaciones</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {node.rows.map((row) => (
              <Row key={row.path} row={row} width={width} ctx={ctx} />
            ))}
          </tbody>
        </table>
      </Box>
    </HeadedPlace>
  );
}

function Row({ row, width, ctx }: { row: TableRow; width: number; ctx: Context }) {
  const place: DocumentPlace = { ...placeOf(ctx.kind, row), fields: row.fields };
  const { Action, Slot } = ctx;
  return (
    <>
      <tr id={anchorId(ctx.kind, row.path)} className="documento-lugar">
        {row.cells.map((cell, index) =>
          index === 0 ? (
            <th key={cell.name} scope="row" id={anchorId(ctx.kind, cell.path)}>
              {cell.text}
            </th>
          ) : (
            <td key={cell.name} id={anchorId(ctx.kind, cell.path)}>
              {cell.text}
            </td>
          ),
        )}
        {Action && (
          <td>
            <Action place={place} />
          </td>
        )}
      </tr>
      {Slot && (
        <tr className="documento-fila-observaciones">
          <td colSpan={width}>
            <Slot place={place} />
          </td>
        </tr>
      )}
    </>
  );
}
