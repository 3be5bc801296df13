import { fieldLabel, isFieldName, itemIdOf } from '../../../workflows/field-labels';
import { fieldDefinitions } from './decorators';

// Turns a machine path ('products[0].inequities[2].gap') into the words a person reads
// ("Productos estratégicos › PE-1 › Inequidades › INQ-3 › Brecha"): each property by its Spanish
// label, each item of a list by its id (or its position when it has none).

export const PATH_SEPARATOR = ' › ';
const SHOWN_KEY_MAX = 40;

/** A key as it came, quoted and shortened: users may have typed anything. */
export function quotedKey(key: string): string {
  const shown = key.length > SHOWN_KEY_MAX ? `${key.slice(0, SHOWN_KEY_MAX)}…` : key;
  return `«${shown}»`;
}

/** `byPosition`: items by their position, where ids do not tell them apart (a repeated id). */
export function labelledPath(root: unknown, path: string, byPosition = false): string {
  const words: string[] = [];
  let node: unknown = root;
  for (const [, property, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      const i = Number(index);
      node = Array.isArray(node) ? (node[i] as unknown) : undefined;
      words.push((byPosition ? undefined : itemIdOf(node)) ?? `n.º ${i + 1}`);
    } else {
      words.push(isFieldName(property) ? fieldLabel(property) : quotedKey(property));
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[property] : undefined;
    }
  }
  return words.join(PATH_SEPARATOR);
}

const lowerFirst = (message: string): string => message.charAt(0).toLowerCase() + message.slice(1);

/** "Inequidades › INQ-3 › Brecha: no puede superar 4000 caracteres."; at the root, the message alone. */
export function atField(root: unknown, path: string, message: string): string {
  return path === '' ? message : `${labelledPath(root, path)}: ${lowerFirst(message)}`;
}

/** The Spanish labels of the fields an object of this class may have, in order. */
export function allowedFields(type: object): string[] {
  return [...new Set(fieldDefinitions(type).map((f) => fieldLabel(f.property)))];
}

/** An unknown property: which one, and the fields that exist where it was sent. */
export function unknownFieldMessage(root: unknown, parentPath: string, key: string, type: object): string {
  const allowed = allowedFields(type);
  const message = `${quotedKey(key)} no es un campo de este documento${
    allowed.length > 0 ? `; los campos son: ${allowed.join(', ')}.` : '.'
  }`;
  return parentPath === '' ? message : `${labelledPath(root, parentPath)}: ${message}`;
}
