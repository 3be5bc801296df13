import { canonicalJson, sha256Hex } from '../common/canonical-json';
import { ChainFields, entryHash, GENESIS_HASH, verifyChain } from './audit-chain';

function chain(length: number) {
  const entries: (ChainFields & { prevHash: string; hash: string })[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields: ChainFields = {
      cycleId: 'c',
      seq,
      type: 'SUBMIT',
      actorId: 'a',
      actorName: 'Ana',
      actorRoles: ['gender_officer'],
      stateBefore: 'x',
      stateAfter: 'y',
      comment: null,
      documents: [{ kind: 'diagnostic', version: seq, sha256: 'f'.repeat(64) }],
      at: new Date(seq * 1000).toISOString(),
    };
    const hash = entryHash(fields, previous);
    entries.push({ ...fields, prevHash: previous, hash });
    previous = hash;
  }
  return entries;
}

describe('cadena de auditoría', () => {
  it('verifies an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ valid: true, entries: 5 });
  });

  it('finds the first altered, removed or reordered entry', () => {
    const altered = chain(5);
    altered[2] = { ...altered[2], comment: 'cambiado' };
    expect(verifyChain(altered)).toEqual({ valid: false, entries: 5, firstBrokenEntry: 3 });
    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyChain(removed).firstBrokenEntry).toBe(2);
    const swapped = chain(3);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(verifyChain(swapped).firstBrokenEntry).toBe(1);
  });

  it('does not depend on key order', () => {
    const [entry] = chain(1);
    const { prevHash, hash, ...fields } = entry;
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as unknown as ChainFields;
    expect(entryHash(reordered, prevHash)).toBe(hash);
  });
});

describe('observaciones en la cadena', () => {
  const legacy = chain(3);

  it('hashes an entry without observations exactly as before the field existed', () => {
    const [first] = legacy;
    const { prevHash, hash, ...fields } = first;
    // The hash as written before: the entry's fields and prevHash, nothing else.
    expect(hash).toBe(sha256Hex(canonicalJson({ ...fields, prevHash })));
    expect(entryHash({ ...fields, observations: null }, prevHash)).toBe(hash);
    expect(entryHash({ ...fields, observations: undefined }, prevHash)).toBe(hash);
    expect(verifyChain(legacy.map((entry) => ({ ...entry, observations: null })))).toEqual({
      valid: true,
      entries: 3,
    });
  });

  it('covers the observations of an entry that has them', () => {
    const { prevHash, hash: legacyHash, ...legacy } = chain(1)[0];
    const rest = {
      ...legacy,
      observations: [{ id: 'o1', kind: 'diagnostic', version: 1, path: 'products/PE-1', itemId: null, text: 'Falta' }],
    };
    const hash = entryHash(rest, prevHash);
    expect(hash).not.toBe(legacyHash);
    expect(entryHash({ ...rest, observations: null }, prevHash)).toBe(legacyHash);
    const entries = [{ ...rest, prevHash, hash }];
    expect(verifyChain(entries)).toEqual({ valid: true, entries: 1 });
    const altered = [{ ...entries[0], observations: [{ ...rest.observations[0], text: 'Cambiado' }] }];
    expect(verifyChain(altered)).toEqual({ valid: false, entries: 1, firstBrokenEntry: 1 });
    const dropped = [{ ...entries[0], observations: null }];
    expect(verifyChain(dropped).valid).toBe(false);
  });
});
