import { MultiSelect, Select } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useCycle, useDocument } from '../queries';
import { citableOptions, withCurrent } from './citable';
import { useFormState, useValueAt } from './form-context';
import { useFormSelector, type FormStore } from './form-store';
import { apiPath, errorsAt, getIn, type Path } from './paths';
import type { Cites, FieldNode, Option } from './schema-tree';

// A reference chosen from what it may cite: the items of the cited document of this cycle (this
// very form when a document cites itself; the previous year's cycle when the citation says so),
// listed by code and text.

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
  const previousYear = cites.year === 'previous';
  const self = cites.kind === kind && !previousYear;
  // The Documento page has read the cycle already: this is its cached answer.
  const cycle = useCycle(cycleId);
  const previousCycleId = cycle.data?.previousCycleId ?? null;
  const sourceCycle = previousYear ? previousCycleId : cycleId;
  const cited = useDocument(sourceCycle ?? '', cites.kind, !self && sourceCycle !== null);
  const namedBy = cites.textFrom;
  const named = useDocument(cycleId, namedBy?.kind ?? '', namedBy !== undefined && namedBy.kind !== kind);
  const value = useValueAt(path);
  const current = multiple
    ? Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : []
    : typeof value === 'string'
      ? [value]
      : [];
  const offered = useOffered(store, path, node, cites, {
    self,
    namesFromForm: namedBy?.kind === kind,
    cited: cited.data?.content,
    named: named.data?.content,
  });
  const data = withCurrent(offered, current, cited.isLoading || named.isLoading);
  const error = errorsAt(errors, path, multiple).join(' ') || undefined;
  const document = previousYear ? `«${cites.document}» del año anterior` : `«${cites.document}»`;
  const from = `Elija entre los elementos de ${document}.`;
  const description = [node.description, from].filter(Boolean).join(' ');
  const nothing = cited.isLoading
    ? 'Cargando…'
    : cited.error
      ? `No se pudo leer ${document}; recargue la página.`
      : previousYear && !cycle.isPending && previousCycleId === null
        ? 'No hay un ciclo del año anterior: no hay elementos que citar.'
        : `${document} no tiene elementos que citar${self ? '; agréguelos primero en este formulario' : ''}.`;
  const common = { label: node.title, description, error, id: `campo-${apiPath(path)}` };

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

// The keys the other items of the list already hold: path is [...list, index, key].
function keysOfSiblings(root: unknown, path: Path): Set<string> {
  const key = path.at(-1);
  const index = path.at(-2);
  const list = getIn(root, path.slice(0, -2));
  if (typeof key !== 'string' || typeof index !== 'number' || !Array.isArray(list)) return new Set();
  return new Set(
    list
      .filter((_, i) => i !== index)
      .map((item: unknown) =>
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : null,
      )
      .filter((v): v is string => typeof v === 'string'),
  );
}

interface Sources {
  /** The form cites itself. */
  self: boolean;
  /** The items' words come from this very form (cites.textFrom names it). */
  namesFromForm: boolean;
  cited: unknown;
  named: unknown;
}

// The options a picker offers. What depends on the form being typed (its own items, their words,
// the keys the other items took: the key of an item of a list names each item once) is followed
// as text, so that a key typed elsewhere does not draw the picker again; what comes from other
// documents is computed once.
function useOffered(store: FormStore, path: Path, node: FieldNode, cites: Cites, sources: Sources): Option[] {
  const { self, namesFromForm, cited, named } = sources;
  const fromForm = self || namesFromForm || node.type === 'id';
  const pathKey = apiPath(path);
  const fixed = useMemo(() => (fromForm ? [] : citableOptions(cited, cites, named)), [fromForm, cited, cites, named]);
  const followed = useFormSelector(
    store,
    useCallback(
      (root: unknown) => {
        if (!fromForm) return '';
        const options = citableOptions(self ? root : cited, cites, namesFromForm ? root : named);
        const taken = node.type === 'id' ? keysOfSiblings(root, path) : new Set<string>();
        return JSON.stringify(options.filter((o) => !taken.has(o.value)));
      },
      // The path's spelling, not its array's identity (a new one at each render).
      [fromForm, self, cited, cites, namesFromForm, named, node.type, pathKey],
    ),
  );
  return useMemo(() => (fromForm ? (JSON.parse(followed) as Option[]) : fixed), [fromForm, followed, fixed]);
}
