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
