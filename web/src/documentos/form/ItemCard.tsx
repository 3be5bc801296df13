import { Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useCallback, useRef } from 'react';
import { flushSync } from 'react-dom';
import { FieldControl, FieldList } from './FieldControl';
import { useFormState } from './form-context';
import { useFormSelector } from './form-store';
import { ObservationsAt } from './ObservationsAt';
import { apiPath, getIn, hasErrorsWithin, type Path } from './paths';
import { CONTROLS } from './review/focus-field';
import { shownItemFields, type FieldNode } from './schema-tree';

// One item of a list: open, with its fields and Subir / Bajar / Quitar, or folded to one line
// ("A-150 — Taller de…") with "Abrir". An item with a problem to fix or an open observation is
// always drawn open, so that Revisar and the observations show at their field.

type ListNode = FieldNode & { type: 'objectList' };

/** What a card asks of its list (read from the store when pressed). */
export interface ItemActions {
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  flip: (itemKey: string, open: boolean) => void;
}

interface ItemCardProps {
  itemKey: string;
  node: ListNode;
  path: Path;
  index: number;
  code: string;
  count: number;
  open: boolean;
  /** The list folds its items: a card may be closed. */
  foldable: boolean;
  actions: ItemActions;
}

// Items made of a few short texts (an attendee's name and role) are laid out in one row.
const ROW_FIELDS = 3;
// The words a folded item shows of itself.
const SUMMARY_CHARS = 160;

// Drawn again only when its place, code, openness or the list's length change (and with the
// form's errors or observations); its fields follow their own values.
export const ItemCard = memo(
  function ItemCard(props: ItemCardProps) {
    const { node, path, index: i, code, count, foldable, actions, itemKey } = props;
    const { errors, observations } = useFormState();
    const itemPath = [...path, i];
    const name = `${node.title} › ${code}`;
    const anchor = `campo-${apiPath(itemPath)}`;
    const held = hasErrorsWithin(errors, itemPath) || (observations?.openWithin(itemPath) ?? false);
    const open = props.open || held;
    const box = useRef<HTMLDivElement>(null);

    // Opened by the person: drawn at once, so that the focus can go to its first field.
    const openNow = () => {
      flushSync(() => actions.flip(itemKey, true));
      box.current?.querySelector<HTMLElement>(CONTROLS)?.focus();
    };
    const close = () => {
      flushSync(() => actions.flip(itemKey, false));
      box.current?.querySelector<HTMLElement>('button')?.focus();
    };

    if (!open)
      return (
        <div ref={box} id={anchor}>
          <FoldedItem node={node} itemPath={itemPath} name={name} code={code} onOpen={openNow} />
        </div>
      );
    const fields = shownItemFields(node);
    const inRow = fields.length <= ROW_FIELDS && fields.every((f) => f.type === 'text');
    return (
      <div ref={box}>
        <Fieldset legend={name} id={anchor}>
          <Stack gap="sm">
            <ObservationsAt path={itemPath} />
            {inRow ? (
              <SimpleGrid cols={{ base: 1, sm: fields.length }}>
                {fields.map((field) => (
                  <FieldControl key={field.key} node={field} path={[...itemPath, field.key]} />
                ))}
              </SimpleGrid>
            ) : (
              <FieldList fields={fields} path={itemPath} />
            )}
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                aria-label={`Subir ${name}`}
                disabled={i === 0}
                onClick={() => actions.move(i, i - 1)}
              >
                Subir
              </Button>
              <Button
                size="xs"
                variant="default"
                aria-label={`Bajar ${name}`}
                disabled={i === count - 1}
                onClick={() => actions.move(i, i + 1)}
              >
                Bajar
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                aria-label={`Quitar ${name}`}
                onClick={() => actions.remove(i)}
              >
                Quitar
              </Button>
              {foldable && !held && (
                <Button size="xs" variant="subtle" aria-label={`Cerrar ${name}`} aria-expanded onClick={close}>
                  Cerrar
                </Button>
              )}
            </Group>
          </Stack>
        </Fieldset>
      </div>
    );
  },
  (before: ItemCardProps, after: ItemCardProps) =>
    before.node === after.node &&
    before.index === after.index &&
    before.code === after.code &&
    before.count === after.count &&
    before.open === after.open &&
    before.foldable === after.foldable &&
    before.itemKey === after.itemKey &&
    apiPath(before.path) === apiPath(after.path),
);

interface FoldedItemProps {
  node: ListNode;
  itemPath: Path;
  name: string;
  code: string;
  onOpen: () => void;
}

// The folded item's one line: its code and the first words it has.
function FoldedItem({ node, itemPath, name, code, onOpen }: FoldedItemProps) {
  const { store } = useFormState();
  const key = apiPath(itemPath);
  const summary = useFormSelector(
    store,
    // The path's spelling, not its array's identity (a new one at each render).
    useCallback((root: unknown) => summaryOf(node, getIn(root, itemPath)), [node, key]),
  );
  return (
    <Paper withBorder px="sm" py={6}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" truncate="end" title={summary || undefined}>
          <strong>{code}</strong> — {summary || <em>sin texto aún</em>}
        </Text>
        <Button size="xs" variant="default" aria-label={`Abrir ${name}`} aria-expanded={false} onClick={onOpen}>
          Abrir
        </Button>
      </Group>
    </Paper>
  );
}

/** The first words of the item's first text field that has any. */
export function summaryOf(node: ListNode, item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  for (const field of shownItemFields(node)) {
    if (field.type !== 'text' && field.type !== 'longText') continue;
    const value = (item as Record<string, unknown>)[field.key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, SUMMARY_CHARS);
  }
  return '';
}
