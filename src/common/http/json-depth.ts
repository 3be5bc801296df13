const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Whether UTF-8 JSON text opens more than `maxDepth` objects or arrays inside one another, read
 * from the raw bytes before JSON.parse builds anything (a body of a million nested brackets costs
 * JSON.parse over a second; this stops at the first bracket too many). Brackets inside strings do
 * not count. In UTF-8 no byte of a multi-byte character is below 0x80, so the bytes compared here
 * are always the ASCII characters they look like. Malformed text is left to JSON.parse.
 */
export function jsonNestingTooDeep(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      // Skip the string: to the next quote that no backslash escapes.
      for (i++; i < length; i++) {
        const inside = bytes[i];
        if (inside === BACKSLASH) i++;
        else if (inside === QUOTE) break;
      }
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}
