import { Checkbox, Group, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { CitePicker } from './CitePicker';
import { CountsBySex } from './CountsBySex';
import { memo } from 'react';
import { useFormState, useValueAt } from './form-context';
import { ItemList } from './ItemList';
import { ObjectFieldset } from './ObjectFieldset';
import { Observed } from './ObservationsAt';
import { apiPath, errorsAt, type Path } from './paths';
import { TextList } from './TextList';
import { ROOMY_TEXT, type FieldNode } from './schema-tree';

// One field of a document, drawn from its node of the kind's schema: labelled with its Spanish
// title, its help as description, the API's errors for its path at the control.

export function FieldControl({ node, path }: { node: FieldNode; path: Path }) {
  const { set, errors } = useFormState();
  const value = useValueAt(path);
  const error = errorsAt(errors, path).join(' ') || undefined;
  const common = {
    label: node.title,
    description: node.description,
    error,
    id: `campo-${apiPath(path)}`,
  };
  switch (node.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          maxLength={node.maxLength}
          onChange={(e) => set(path, e.currentTarget.value)}
        />
      );
    case 'longText':
      return (
        <Textarea
          {...common}
          autosize
          minRows={(node.maxLength ?? 0) > ROOMY_TEXT ? 4 : 2}
          maxRows={18}
          value={typeof value === 'string' ? value : ''}
          maxLength={node.maxLength}
          onChange={(e) => set(path, e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          w={220}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(path, e.currentTarget.value)}
        />
      );
    case 'integer':
      return (
        <NumberInput
          {...common}
          w={220}
          allowDecimal={false}
          min={node.minimum}
          max={node.maximum}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => set(path, typeof v === 'number' ? v : null)}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'si' : value === false ? 'no' : null}
          onChange={(v) => set(path, v === 'si')}
        >
          <Group mt={4}>
            <Radio value="si" label="Sí" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      );
    case 'enum':
      return (
        <Select
          {...common}
          data={node.options}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => set(path, v)}
          clearable
          placeholder="Elija una opción"
          maw={520}
        />
      );
    case 'enumList':
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => set(path, v.length > 0 ? v : null)}
        >
          <Group mt={4}>
            {node.options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'id':
      if (node.cites) return <CitePicker node={node} cites={node.cites} path={path} />;
      return (
        <Text size="sm">
          {node.title}: <strong>{typeof value === 'string' ? value : '—'}</strong>
        </Text>
      );
    case 'ref':
    case 'refList':
      return <CitePicker node={node} cites={node.cites} path={path} multiple={node.type === 'refList'} />;
    case 'textList':
      return <TextList node={node} path={path} />;
    case 'counts':
      return <CountsBySex node={node} path={path} />;
    case 'object':
      return <ObjectFieldset node={node} path={path} />;
    case 'objectList':
      return <ItemList node={node} path={path} />;
  }
}

interface FieldListProps {
  fields: readonly FieldNode[];
  path: Path;
}

// Drawn again only when its fields or place change (or the context: errors, observations); each
// control below follows its own value (form-store.ts). Callers build the path anew at each render.
export const FieldList = memo(
  function FieldList({ fields, path }: FieldListProps) {
    return (
      <Stack gap="md">
        {fields.map((field) => (
          <Observed key={field.key} node={field} path={[...path, field.key]}>
            <FieldControl node={field} path={[...path, field.key]} />
          </Observed>
        ))}
      </Stack>
    );
  },
  (before: FieldListProps, after: FieldListProps) =>
    before.fields === after.fields && apiPath(before.path) === apiPath(after.path),
);
