import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { FieldControl, FieldList } from './FieldControl';
import { useFormState } from './form-context';
import { defaultPrefix, idsAt, nextId } from './ids';
import { errorsAt, getIn, moveItem, type Path } from './paths';
import type { FieldNode } from './schema-tree';

// A repeatable list of items (inequities, measures, activities…): added with the next code of
// the document's series, removed, moved up and down; an item keeps its code wherever it goes.

type Item = Record<string, unknown>;

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

export function ItemList({ node, path }: { node: FieldNode & { type: 'objectList' }; path: Path }) {
  const { root, set, errors } = useFormState();
  const value = getIn(root, path);
  const items = Array.isArray(value) ? (value as Item[]) : [];
  const idField = node.idField;
  const idNode = node.fields.find((f) => f.key === idField);
  const proposesIds = idNode?.type === 'id' && idNode.cites === undefined;
  const codeOf = (item: Item, i: number) =>
    idField && typeof item[idField] === 'string' && item[idField] !== '' ? item[idField] : `${i + 1}`;
  const full = node.maxItems !== undefined && items.length >= node.maxItems;
  const listKey = String(path.at(-1));
  const fields = node.fields.filter((f) => !(proposesIds && f.key === idField));
  const inRow = fields.length <= ROW_FIELDS && fields.every((f) => f.type === 'text');
  const keys = useItemKeys(items.length);

  const add = () => {
    const item: Item = {};
    if (proposesIds && idField) item[idField] = nextId(idsAt(root, patternOf(path, idField)), defaultPrefix(listKey));
    keys.added();
    set(path, [...items, item]);
  };
  const move = (from: number, to: number) => {
    keys.moved(from, to);
    set(path, moveItem(items, from, to));
  };
  const remove = (i: number) => {
    keys.removed(i);
    set(path, items.length > 1 ? items.filter((_, j) => j !== i) : null);
  };

  return (
    <Fieldset legend={`${node.title} (${items.length})`} variant="filled">
      <Stack gap="md">
        {node.description && (
          <Text size="sm" c="dimmed">
            {node.description}
          </Text>
        )}
        {items.map((item, i) => {
          const code = codeOf(item, i);
          const name = `${node.title} › ${code}`;
          return (
            <Fieldset key={keys.keys[i]} legend={name}>
              <Stack gap="sm">
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
                    disabled={i === items.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    Bajar
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    aria-label={`Quitar ${name}`}
                    onClick={() => remove(i)}
                  >
                    Quitar
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {errorsAt(errors, path, true).map((message) => (
          <Text key={message} c="red" size="sm" role="alert">
            {message}
          </Text>
        ))}
        <Group>
          <Button variant="light" onClick={add} disabled={full}>
            Agregar en «{node.title}»
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
