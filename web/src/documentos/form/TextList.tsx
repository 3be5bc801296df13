import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFormState, useValueAt } from './form-context';
import { apiPath, errorsAt, type Path } from './paths';
import type { FieldNode } from './schema-tree';

// A list of short texts: one input each, added and removed.
export function TextList({ node, path }: { node: FieldNode & { type: 'textList' }; path: Path }) {
  const { set, errors } = useFormState();
  const value = useValueAt(path);
  const items = Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v : '')) : [];
  const full = node.maxItems !== undefined && items.length >= node.maxItems;
  return (
    <Fieldset legend={node.title} variant="filled">
      <Stack gap="xs">
        {node.description && (
          <Text size="sm" c="dimmed">
            {node.description}
          </Text>
        )}
        {items.map((text, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={`${node.title} ${i + 1}`}
              id={`campo-${apiPath([...path, i])}`}
              value={text}
              maxLength={node.maxLength}
              error={errorsAt(errors, [...path, i]).join(' ') || undefined}
              onChange={(e) =>
                set(
                  path,
                  items.map((t, j) => (j === i ? e.currentTarget.value : t)),
                )
              }
            />
            <Button
              variant="default"
              aria-label={`Quitar ${node.title} ${i + 1}`}
              onClick={() => set(path, items.length > 1 ? items.filter((_, j) => j !== i) : null)}
            >
              Quitar
            </Button>
          </Group>
        ))}
        {errorsAt(errors, path).map((message) => (
          <Text key={message} c="var(--mantine-color-error)" size="sm" role="alert">
            {message}
          </Text>
        ))}
        <Group>
          <Button variant="light" disabled={full} onClick={() => set(path, [...items, ''])}>
            Agregar en «{node.title}»
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
