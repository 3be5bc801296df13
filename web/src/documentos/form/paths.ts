// Where a value sits in a document's content: a path of property names and item positions, the
// API's spelling of it ('products[0].inequities[2].gap', as its VALIDATION_FAILED `fields` name
// them), and immutable reads and writes along it.

export type Path = readonly (string | number)[];

export function apiPath(path: Path): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  return out;
}

export interface FieldError {
  path: string;
  message: string;
}

/** The API's field errors grouped by the path they name ('content.' prefixes dropped). */
export function errorsByPath(fields: readonly FieldError[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of fields) {
    const key = path.replace(/^content\.?/, '');
    byPath.set(key, [...(byPath.get(key) ?? []), message]);
  }
  return byPath;
}

/** The errors of one control: its own, and those of parts it draws itself (a list's texts). */
export function errorsAt(errors: ReadonlyMap<string, string[]>, path: Path, withParts = false): string[] {
  const here = apiPath(path);
  const found = [...(errors.get(here) ?? [])];
  if (withParts)
    for (const [key, messages] of errors)
      if (key.startsWith(`${here}[`) && !key.slice(here.length).includes('.')) found.push(...messages);
  return found;
}

/** Whether any error is at this place or deeper in it (an item with a problem in one of its fields). */
export function hasErrorsWithin(errors: ReadonlyMap<string, string[]>, path: Path): boolean {
  const here = apiPath(path);
  for (const key of errors.keys())
    if (key === here || key.startsWith(`${here}.`) || key.startsWith(`${here}[`)) return true;
  return false;
}

/** The errors that no control of this tree shows (kept in the summary so none is lost). */
export function unplacedErrors(errors: ReadonlyMap<string, string[]>, placed: ReadonlySet<string>): FieldError[] {
  const out: FieldError[] = [];
  for (const [path, messages] of errors)
    if (!placed.has(path)) for (const message of messages) out.push({ path, message });
  return out;
}

export function getIn(root: unknown, path: Path): unknown {
  let here: unknown = root;
  for (const step of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** A copy of root with the value at path replaced; an emptied field is dropped from its object. */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [step = '', ...rest] = path;
  if (typeof step === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[step] = setIn(list[step], rest, value);
    return list;
  }
  const object = typeof root === 'object' && root !== null && !Array.isArray(root) ? { ...root } : {};
  const next = setIn((object as Record<string, unknown>)[step], rest, value);
  if (rest.length === 0 && isEmpty(next)) delete (object as Record<string, unknown>)[step];
  else (object as Record<string, unknown>)[step] = next;
  return object;
}

/** Moves a list item from one position to another (used by "Subir" and "Bajar"). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}
