import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { FieldList } from './FieldControl';
import { useFormState } from './form-context';
import { defaultPrefix, idsAt, nextId } from './ids';
import { ObservationsAt } from './ObservationsAt';
import { useFormSelector } from './form-store';
import { apiPath, errorsAt, getIn, moveItem, type Path } from './paths';
import { proposesIds as proposesIdsOf, shownItemFields, type FieldNode } from './schema-tree';

// A repeatable list of items (inequities, measures, activities…): added with the next code of
// the document's series, removed, moved up and down; an item keeps its code wherever it goes.

type Item = Record<string, unknown>;

// The pattern of every list like this one in the document: products[2].inequities → products.*.inequities.*
const patternOf = (path: Path, idField: string) => [
  ...path.map((s) => (typeof s === 'number' ? '*' : s)),
  '*',
  idField,
];

export function ItemList({ node, path }: { node: FieldNode & { type: 'objectList' }; path: Path }) {
  const { store, set, errors, observations } = useFormState();
  const idField = node.idField;
  // The list redraws when an item is added, removed, moved or recoded, not when one is typed in.
  const pathKey = apiPath(path);
  const codes = useFormSelector(
    store,
    useCallback(
      (root: unknown) => JSON.stringify(itemsAt(root, path).map((item, i) => codeOf(item, i, idField))),
      // The path's identity changes at each render; its spelling does not.
      [pathKey, idField],
    ),
  );
  const keys = JSON.parse(codes) as string[];
  const proposesIds = proposesIdsOf(node);
  const full = node.maxItems !== undefined && keys.length >= node.maxItems;
  const listKey = String(path.at(-1));

  const add = () => {
    const root = store.getRoot();
    const item: Item = {};
    if (proposesIds && idField) item[idField] = nextId(idsAt(root, patternOf(path, idField)), defaultPrefix(listKey));
    set(path, [...itemsAt(root, path), item]);
  };
  const unique = new Set(keys).size === keys.length;

  return (
    <Fieldset legend={`${node.title} (${keys.length})`} variant="filled" id={`campo-${pathKey}`}>
      <Stack gap="md">
        {node.description && (
          <Text size="sm" c="dimmed">
            {node.description}
          </Text>
        )}
        {keys.map((code, i) =>
          observations?.shows([...path, i]) === false ? null : (
            <ItemCard key={unique ? code : i} node={node} path={path} index={i} code={code} count={keys.length} />
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

const itemsAt = (root: unknown, path: Path): Item[] => {
  const value = getIn(root, path);
  return Array.isArray(value) ? (value as Item[]) : [];
};

const codeOf = (item: Item, i: number, idField: string | undefined): string =>
  idField && typeof item[idField] === 'string' && item[idField] !== '' ? item[idField] : `${i + 1}`;

interface ItemCardProps {
  node: FieldNode & { type: 'objectList' };
  path: Path;
  index: number;
  code: string;
  count: number;
}

// One item with its fields and its Subir / Bajar / Quitar: drawn again only when its place, code
// or the list's length change; the list is read from the store when a button is pressed.
const ItemCard = memo(
  function ItemCard({ node, path, index: i, code, count }: ItemCardProps) {
    const { store, set } = useFormState();
    const name = `${node.title} › ${code}`;
    const items = () => itemsAt(store.getRoot(), path);
    return (
      <Fieldset legend={name} id={`campo-${apiPath([...path, i])}`}>
        <Stack gap="sm">
          <ObservationsAt path={[...path, i]} />
          <FieldList fields={shownItemFields(node)} path={[...path, i]} />
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              aria-label={`Subir ${name}`}
              disabled={i === 0}
              onClick={() => set(path, moveItem(items(), i, i - 1))}
            >
              Subir
            </Button>
            <Button
              size="xs"
              variant="default"
              aria-label={`Bajar ${name}`}
              disabled={i === count - 1}
              onClick={() => set(path, moveItem(items(), i, i + 1))}
            >
              Bajar
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              aria-label={`Quitar ${name}`}
              onClick={() => set(path, count > 1 ? items().filter((_, j) => j !== i) : null)}
            >
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
