import { MultiSelect, Select, TagsInput } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useDocument } from '../queries';
import { citableOptions, withCurrent } from './citable';
import { useFormState, useValueAt } from './form-context';
import { useFormSelector } from './form-store';
import { apiPath, errorsAt, type Path } from './paths';
import type { Cites, FieldNode, Option } from './schema-tree';

// A reference chosen from what it may cite: the items of the cited document of this cycle (this
// very form when a document cites itself), listed by code and text.

export function CitePicker({
  node,
  cites,
  path,
  multiple = false,
}: {
  node: FieldNode;
  cites: Cites;
  path: Path;
  multiple?: boolean;
}) {
  const { cycleId, kind, store, set, errors } = useFormState();
  const self = cites.kind === kind;
  // The previous year's document lives in another cycle: its codes are typed.
  const otherYear = cites.year !== undefined;
  const cited = useDocument(cycleId, cites.kind, !self && !otherYear);
  const value = useValueAt(path);
  const current = multiple
    ? Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : []
    : typeof value === 'string'
      ? [value]
      : [];
  // Citing this very form: its citable items, followed as text so that only a change to them
  // (not every key typed elsewhere) draws the picker again.
  const ownItems = useFormSelector(
    store,
    useCallback((root: unknown) => (self ? JSON.stringify(citableOptions(root, cites)) : ''), [self, cites]),
  );
  const citedContent = cited.data?.content;
  const options = useMemo(
    () => (self ? (JSON.parse(ownItems) as Option[]) : citableOptions(citedContent, cites)),
    [self, ownItems, citedContent, cites],
  );
  const data = withCurrent(options, current);
  const error = errorsAt(errors, path, multiple).join(' ') || undefined;
  const from = `Elija entre los elementos de «${cites.document}».`;
  const description = [node.description, from].filter(Boolean).join(' ');
  const nothing =
    cited.isPending && !self
      ? 'Cargando…'
      : `«${cites.document}» aún no tiene elementos que citar; guárdelos primero en ese documento.`;
  const common = { label: node.title, description, error, id: `campo-${apiPath(path)}` };

  if (otherYear) {
    const typed = { ...common, description: node.description ?? `Códigos de «${cites.document}» del año anterior.` };
    return <TagsInput {...typed} value={current} onChange={(v) => set(path, multiple ? v : (v.at(-1) ?? null))} />;
  }
  if (multiple)
    return (
      <MultiSelect
        {...common}
        data={data}
        value={current}
        onChange={(v) => set(path, v.length > 0 ? v : null)}
        searchable
        nothingFoundMessage={nothing}
        placeholder={data.length === 0 ? nothing : 'Elija uno o más'}
        clearable
      />
    );
  return (
    <Select
      {...common}
      data={data}
      value={current[0] ?? null}
      onChange={(v) => set(path, v)}
      searchable
      clearable
      nothingFoundMessage={nothing}
      placeholder={data.length === 0 ? nothing : 'Elija uno'}
    />
  );
}
