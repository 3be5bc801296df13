import { Button, Checkbox, Group, NativeSelect } from '@mantine/core';
import type { StageId } from '@procedure/context';
import { useEffect, useState } from 'react';
import { hasFilters, writeInboxFilters, type InboxFilterOptions, type InboxFilters } from './inbox-view';

// The Bandeja's filters. Each option says how many items it would show; the choice lives in the
// address (the parent writes it there), so that a link or a reload shows the same list.
// The controls answer at once from their own copy: the address changes in a transition, and a
// second choice made before it lands must build on the first, not on the address as it was.
export function InboxFilterBar({
  filters,
  options,
  onChange,
}: {
  filters: InboxFilters;
  options: InboxFilterOptions;
  onChange: (next: InboxFilters) => void;
}) {
  const [chosen, setChosen] = useState(filters);
  const inAddress = writeInboxFilters(filters).toString();
  // Back in step when the address itself changes (a choice landing, a link, back, a reload).
  useEffect(() => setChosen(filters), [inAddress]);
  const choose = (patch: InboxFilters) => {
    const next = { ...chosen, ...patch };
    setChosen(next);
    onChange(next);
  };
  return (
    <form role="search" aria-label="Filtrar la bandeja" onSubmit={(event) => event.preventDefault()}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label="Servicio"
          value={chosen.agencyId ?? ''}
          data={options.agencies.map(({ value, label }) => ({ value, label }))}
          onChange={(event) => choose({ agencyId: event.currentTarget.value || undefined })}
          w={{ base: '100%', sm: 280 }}
        />
        <NativeSelect
          label="Etapa"
          value={chosen.stage ?? ''}
          data={options.stages.map(({ value, label }) => ({ value, label }))}
          onChange={(event) => choose({ stage: (event.currentTarget.value || undefined) as StageId | undefined })}
          w={{ base: '100%', sm: 320 }}
        />
        <Checkbox
          label={options.overdueLabel}
          checked={chosen.overdue === true}
          onChange={(event) => choose({ overdue: event.currentTarget.checked || undefined })}
          mb={8}
        />
        {hasFilters(chosen) && (
          <Button
            variant="subtle"
            onClick={() => choose({ agencyId: undefined, stage: undefined, overdue: undefined })}
          >
            Quitar filtros
          </Button>
        )}
      </Group>
    </form>
  );
}
