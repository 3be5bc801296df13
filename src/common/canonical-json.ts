import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

// RFC 8785 canonical JSON: the same content always hashes the same, whatever its key order.
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Valor no serializable como JSON');
  return text;
}

export const sha256Hex = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));
