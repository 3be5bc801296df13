import { Fieldset, Group, NumberInput, Text } from '@mantine/core';
import { useFormState, useValueAt } from './form-context';
import { apiPath, errorsAt, type Path } from './paths';
import type { FieldNode } from './schema-tree';

// A count by sex: women and men typed, their total and the women's share shown as they are typed.

const share = new Intl.NumberFormat('es-CL', { style: 'percent', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('es-CL');

export function CountsBySex({ node, path }: { node: FieldNode & { type: 'counts' }; path: Path }) {
  const { set, errors } = useFormState();
  const women = useValueAt([...path, 'women']);
  const men = useValueAt([...path, 'men']);
  const w = typeof women === 'number' ? women : 0;
  const m = typeof men === 'number' ? men : 0;
  const total = w + m;
  const input = (part: FieldNode, value: unknown) => {
    const here = [...path, part.key];
    return (
      <NumberInput
        label={part.title}
        id={`campo-${apiPath(here)}`}
        w={180}
        min={0}
        allowDecimal={false}
        thousandSeparator="."
        decimalSeparator=","
        value={typeof value === 'number' ? value : ''}
        error={errorsAt(errors, here).join(' ') || undefined}
        onChange={(v) => set(here, typeof v === 'number' ? v : null)}
      />
    );
  };
  return (
    <Fieldset legend={node.title} variant="filled">
      {node.description && (
        <Text size="sm" c="dimmed" mb="xs">
          {node.description}
        </Text>
      )}
      <Group align="flex-end">
        {input(node.women, women)}
        {input(node.men, men)}
        <Text aria-live="polite" pb={6}>
          Total: <strong>{count.format(total)}</strong>
          {total > 0 && (
            <>
              {' '}
              · Mujeres: <strong>{share.format(w / total)}</strong>
            </>
          )}
        </Text>
      </Group>
      {errorsAt(errors, path).map((message) => (
        <Text key={message} c="var(--mantine-color-error)" size="sm" role="alert">
          {message}
        </Text>
      ))}
    </Fieldset>
  );
}
