import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { FieldList } from './FieldControl';
import { useFormState } from './form-context';
import { defaultPrefix, idsAt, nextId } from './ids';
import { apiPath, errorsAt, getIn, moveItem, type Path } from './paths';
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

  const add = () => {
    const item: Item = {};
    if (proposesIds && idField) item[idField] = nextId(idsAt(root, patternOf(path, idField)), defaultPrefix(listKey));
    set(path, [...items, item]);
  };
  const keys = items.map((item, i) => codeOf(item, i));
  const unique = new Set(keys).size === keys.length;

  return (
    <Fieldset legend={`${node.title} (${items.length})`} variant="filled" id={`campo-${apiPath(path)}`}>
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
            <Fieldset key={unique ? code : i} legend={name} id={`campo-${apiPath([...path, i])}`}>
              <Stack gap="sm">
                <FieldList
                  fields={node.fields.filter((f) => !(proposesIds && f.key === idField))}
                  path={[...path, i]}
                />
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Subir ${name}`}
                    disabled={i === 0}
                    onClick={() => set(path, moveItem(items, i, i - 1))}
                  >
                    Subir
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Bajar ${name}`}
                    disabled={i === items.length - 1}
                    onClick={() => set(path, moveItem(items, i, i + 1))}
                  >
                    Bajar
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    aria-label={`Quitar ${name}`}
                    onClick={() => set(path, items.length > 1 ? items.filter((_, j) => j !== i) : null)}
                  >
                    Quitar
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {errorsAt(errors, path, true).map((message) => (
          <Text key={message} c="var(--mantine-color-error)" size="sm" role="alert">
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
