import { Fieldset, Group, Text } from '@mantine/core';
import { FieldControl, FieldList } from './FieldControl';
import { useCallback } from 'react';
import { FormContext, useFormState, type FormState } from './form-context';
import { useFormSelector } from './form-store';
import { defaultPrefix, idsAt, nextId } from './ids';
import { getIn, setIn, type Path } from './paths';
import type { FieldNode } from './schema-tree';

// The fields of one object (a part of the diagnostic, a formula, a schedule), framed with its
// title and help. An object keyed by a code of its own (the plan's general objective) is given
// the proposed code together with its first value: the API takes no such object without one.
// Dates stand side by side (a schedule's start and end).

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function ObjectFieldset({ node, path }: { node: FieldNode & { type: 'object' }; path: Path }) {
  const form = useFormState();
  const idNode = node.fields.find((f) => f.type === 'id' && f.cites === undefined);
  const idKey = idNode?.key;
  const pathKey = path.join('.');
  // Only the object's code is followed: typing in its fields does not draw the frame again.
  const saved = useFormSelector(
    form.store,
    useCallback(
      (root: unknown) => {
        const value = idKey ? getIn(root, path) : undefined;
        return isRecord(value) ? value[idKey ?? ''] : undefined;
      },
      // The path's spelling, not its array's identity (a new one at each render).
      [idKey, pathKey],
    ),
  );
  const code = typeof saved === 'string' && saved !== '' ? saved : undefined;
  const proposed =
    idNode && code === undefined
      ? nextId(idsAt(form.store.getRoot(), [...path, idNode.key].map(String)), defaultPrefix(String(path.at(-1))))
      : undefined;
  const keyed: FormState =
    idNode && proposed !== undefined
      ? {
          ...form,
          set: (at, next) => {
            const inside = at.length > path.length && path.every((step, i) => at[i] === step);
            if (!inside) return form.set(at, next);
            const object = setIn(getIn(form.store.getRoot(), path), at.slice(path.length), next);
            const empty = !isRecord(object) || Object.keys(object).length === 0;
            form.set(path, empty ? null : { [idNode.key]: proposed, ...object });
          },
        }
      : form;
  const fields = idNode ? node.fields.filter((f) => f !== idNode) : node.fields;
  const inRow = fields.length > 1 && fields.every((f) => f.type === 'date');

  return (
    <Fieldset legend={node.title} variant="filled">
      {node.description && (
        <Text size="sm" c="dimmed" mb="sm">
          {node.description}
        </Text>
      )}
      {idNode && (
        <Text size="sm" mb="sm">
          {idNode.title}: <strong>{code ?? proposed}</strong>
        </Text>
      )}
      <FormContext.Provider value={keyed}>
        {inRow ? (
          <Group align="flex-start">
            {fields.map((field) => (
              <FieldControl key={field.key} node={field} path={[...path, field.key]} />
            ))}
          </Group>
        ) : (
          <FieldList fields={fields} path={path} />
        )}
      </FormContext.Provider>
    </Fieldset>
  );
}
