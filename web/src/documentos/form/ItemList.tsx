import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useCallback, useRef } from 'react';
import { FieldControl, FieldList } from './FieldControl';
import { useFormState } from './form-context';
import { useFormSelector } from './form-store';
import { defaultPrefix, idsAt, nextId } from './ids';
import { ObservationsAt } from './ObservationsAt';
import { apiPath, errorsAt, getIn, moveItem, type Path } from './paths';
import { proposesIds as proposesIdsOf, shownItemFields, type FieldNode } from './schema-tree';

// A repeatable list of items (inequities, measures, activities…): added with the next code of
// the document's series, removed, moved up and down; an item keeps its code wherever it goes.

type Item = Record<string, unknown>;
type ListNode = FieldNode & { type: 'objectList' };

// The pattern of every list like this one in the document: products[2].inequities → products.*.inequities.*
const patternOf = (path: Path, idField: string) => [
  ...path.map((s) => (typeof s === 'number' ? '*' : s)),
  '*',
  idField,
];

// Items made of a few short texts (an attendee's name and role) are laid out in one row.
const ROW_FIELDS = 3;

// React keys that follow each item through additions, removals and moves, whatever its code says:
// an item whose code is chosen in a picker (the objective an analysis is about) is not redrawn
// when it is chosen, so the focus stays where the person left it.
function useItemKeys(count: number) {
  const keys = useRef<string[]>([]);
  const made = useRef(0);
  const fresh = () => `item-${made.current++}`;
  // The list changed under the form (a draft recovered, another version loaded): start again.
  if (keys.current.length !== count) keys.current = Array.from({ length: count }, fresh);
  return {
    keys: keys.current,
    added: () => (keys.current = [...keys.current, fresh()]),
    removed: (i: number) => (keys.current = keys.current.filter((_, j) => j !== i)),
    moved: (from: number, to: number) => (keys.current = moveItem(keys.current, from, to)),
  };
}
type ItemKeys = ReturnType<typeof useItemKeys>;

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

  const add = () => {
    const root = store.getRoot();
    const item: Item = {};
    if (proposesIds && idField) item[idField] = nextId(idsAt(root, patternOf(path, idField)), defaultPrefix(listKey));
    itemKeys.added();
    set(path, [...itemsAt(root, path), item]);
  };

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
              node={node}
              path={path}
              index={i}
              code={code}
              count={codes.length}
              itemKeys={itemKeys}
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

interface ItemCardProps {
  node: ListNode;
  path: Path;
  index: number;
  code: string;
  count: number;
  /** Kept in refs: the same keys whichever render's object a button calls. */
  itemKeys: ItemKeys;
}

// One item with its fields and its Subir / Bajar / Quitar: drawn again only when its place, code
// or the list's length change; the list is read from the store when a button is pressed.
const ItemCard = memo(
  function ItemCard({ node, path, index: i, code, count, itemKeys }: ItemCardProps) {
    const { store, set } = useFormState();
    const name = `${node.title} › ${code}`;
    const fields = shownItemFields(node);
    const inRow = fields.length <= ROW_FIELDS && fields.every((f) => f.type === 'text');
    const items = () => itemsAt(store.getRoot(), path);
    const move = (from: number, to: number) => {
      itemKeys.moved(from, to);
      set(path, moveItem(items(), from, to));
    };
    const remove = () => {
      itemKeys.removed(i);
      set(path, count > 1 ? items().filter((_, j) => j !== i) : null);
    };
    return (
      <Fieldset legend={name} id={`campo-${apiPath([...path, i])}`}>
        <Stack gap="sm">
          <ObservationsAt path={[...path, i]} />
          {inRow ? (
            <SimpleGrid cols={{ base: 1, sm: fields.length }}>
              {fields.map((field) => (
                <FieldControl key={field.key} node={field} path={[...path, i, field.key]} />
              ))}
            </SimpleGrid>
          ) : (
            <FieldList fields={fields} path={[...path, i]} />
          )}
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              aria-label={`Subir ${name}`}
              disabled={i === 0}
              onClick={() => move(i, i - 1)}
            >
              Subir
            </Button>
            <Button
              size="xs"
              variant="default"
              aria-label={`Bajar ${name}`}
              disabled={i === count - 1}
              onClick={() => move(i, i + 1)}
            >
              Bajar
            </Button>
            <Button size="xs" variant="default" color="red" aria-label={`Quitar ${name}`} onClick={remove}>
              Quitar
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    );
  },
  (before: ItemCardProps, after: ItemCardProps) =>
    before.node === after.node &&
    before.index === after.index &&
    before.code === after.code &&
    before.count === after.count &&
    apiPath(before.path) === apiPath(after.path),
);
