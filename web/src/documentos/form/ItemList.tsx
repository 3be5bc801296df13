import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { useFormState } from './form-context';
import { useFormSelector } from './form-store';
import { defaultPrefix, idsAt, nextId } from './ids';
import { ItemCard, type ItemActions } from './ItemCard';
import { apiPath, errorsAt, getIn, moveItem, type Path } from './paths';
import { proposesIds as proposesIdsOf, type FieldNode } from './schema-tree';

// A repeatable list of items (inequities, measures, activities…): added with the next code of
// the document's series, removed, moved up and down; an item keeps its code wherever it goes.
// A long list (a work programme of 200 activities) opens with each item as one line, opened on
// demand: drawing two thousand controls at once took seconds, and a person works on a few items.

type Item = Record<string, unknown>;
type ListNode = FieldNode & { type: 'objectList' };

// The pattern of every list like this one in the document: products[2].inequities → products.*.inequities.*
const patternOf = (path: Path, idField: string) => [
  ...path.map((s) => (typeof s === 'number' ? '*' : s)),
  '*',
  idField,
];

// Lists longer than this open with their items folded to one line each.
export const FOLD_FROM = 12;

// React keys that follow each item through additions, removals and moves, whatever its code says:
// an item whose code is chosen in a picker (the objective an analysis is about) is not redrawn
// when it is chosen, so the focus stays where the person left it.
function useItemKeys(count: number) {
  const keys = useRef<string[]>([]);
  const made = useRef(0);
  const generation = useRef(0);
  const fresh = () => `item-${made.current++}`;
  // The list changed under the form (a draft recovered, another version loaded): start again.
  if (keys.current.length !== count) {
    keys.current = Array.from({ length: count }, fresh);
    generation.current++;
  }
  return {
    keys: keys.current,
    /** Counts the times the keys started again. */
    generation: generation.current,
    added: () => (keys.current = [...keys.current, fresh()]),
    removed: (i: number) => (keys.current = keys.current.filter((_, j) => j !== i)),
    moved: (from: number, to: number) => (keys.current = moveItem(keys.current, from, to)),
  };
}

// Which items are open, by their React key: all or none at first (by the list's length when the
// form opens or its content is replaced), then as the person opens and closes them.
function useOpenItems(count: number, generation: number) {
  const fresh = () => ({ generation, foldable: count > FOLD_FROM, flipped: new Set<string>() });
  const [state, setState] = useState(fresh);
  // The content was replaced under the form (new keys): as on opening.
  if (state.generation !== generation) setState(fresh());
  const flip = useCallback(
    (key: string, open: boolean) =>
      setState((s) => {
        const flipped = new Set(s.flipped);
        if (open === s.foldable) flipped.add(key);
        else flipped.delete(key);
        return { ...s, flipped };
      }),
    [],
  );
  return {
    foldable: state.foldable,
    isOpen: (key: string) => !state.foldable || state.flipped.has(key),
    flip,
  };
}

const itemsAt = (root: unknown, path: Path): Item[] => {
  const value = getIn(root, path);
  return Array.isArray(value) ? (value as Item[]) : [];
};

const codeOf = (item: Item, i: number, idField: string | undefined): string =>
  idField && typeof item[idField] === 'string' && item[idField] !== '' ? item[idField] : `${i + 1}`;

export function ItemList({ node, path }: { node: ListNode; path: Path }) {
  const { store, set, errors, observations } = useFormState();
  const idField = node.idField;
  // The list redraws when an item is added, removed, moved or recoded, not when one is typed in.
  const pathKey = apiPath(path);
  const codesText = useFormSelector(
    store,
    useCallback(
      (root: unknown) => JSON.stringify(itemsAt(root, path).map((item, i) => codeOf(item, i, idField))),
      // The path's spelling, not its array's identity (a new one at each render).
      [pathKey, idField],
    ),
  );
  const codes = JSON.parse(codesText) as string[];
  const proposesIds = proposesIdsOf(node);
  const full = node.maxItems !== undefined && codes.length >= node.maxItems;
  const listKey = String(path.at(-1));
  const itemKeys = useItemKeys(codes.length);
  const opened = useOpenItems(codes.length, itemKeys.generation);

  const add = () => {
    const root = store.getRoot();
    const item: Item = {};
    if (proposesIds && idField) item[idField] = nextId(idsAt(root, patternOf(path, idField)), defaultPrefix(listKey));
    // A new item opens: it is there to be written.
    opened.flip(itemKeys.added().at(-1) ?? '', true);
    set(path, [...itemsAt(root, path), item]);
  };
  // Kept in refs: the same functions whichever render's object a card calls.
  const actions = useRef<ItemActions>({} as ItemActions);
  actions.current.move = (from, to) => {
    itemKeys.moved(from, to);
    set(path, moveItem(itemsAt(store.getRoot(), path), from, to));
  };
  actions.current.remove = (i) => {
    const items = itemsAt(store.getRoot(), path);
    itemKeys.removed(i);
    set(path, items.length > 1 ? items.filter((_, j) => j !== i) : null);
  };
  actions.current.flip = opened.flip;

  return (
    <Fieldset legend={`${node.title} (${codes.length})`} variant="filled" id={`campo-${pathKey}`}>
      <Stack gap="md">
        {node.description && (
          <Text size="sm" c="dimmed">
            {node.description}
          </Text>
        )}
        {codes.map((code, i) =>
          observations?.shows([...path, i]) === false ? null : (
            <ItemCard
              key={itemKeys.keys[i]}
              itemKey={itemKeys.keys[i] ?? ''}
              node={node}
              path={path}
              index={i}
              code={code}
              count={codes.length}
              open={opened.isOpen(itemKeys.keys[i] ?? '')}
              foldable={opened.foldable}
              actions={actions.current}
            />
          ),
        )}
        {errorsAt(errors, path, true).map((message) => (
          <Text key={message} c="var(--mantine-color-error)" size="sm" role="alert">
            {message}
          </Text>
        ))}
        {/* While filtered to open observations, a new item (with none) would not be shown. */}
        {!observations?.filtering && (
          <Group>
            <Button variant="light" onClick={add} disabled={full}>
              Agregar en «{node.title}»
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
