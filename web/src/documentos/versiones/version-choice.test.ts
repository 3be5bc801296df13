import { describe, expect, it } from 'vitest';
import {
  comparisonFor,
  comparisonOf,
  comparisonState,
  restoredOf,
  restoreExplanation,
  shortHash,
  staleRestoreMessage,
  versionParam,
  withComparison,
} from './version-choice';

const SHA = 'a3f1c09be27d44e0b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3';

describe('versions: choices', () => {
  it('shortens a hash to its first 12 hex digits', () => {
    expect(shortHash(SHA)).toBe('a3f1c09be27d');
  });

  it('reads from the URL only versions the document has', () => {
    const versions = [1, 2, 3];
    expect(versionParam('2', versions)).toBe(2);
    for (const raw of [null, '', '0', '4', '-1', '1.5', '02', '2abc', ' 2', '99999999999'])
      expect([raw, versionParam(raw, versions)]).toEqual([raw, null]);
    expect(comparisonOf(new URLSearchParams('desde=1&hasta=3&editar=1'), versions)).toEqual({ from: 1, to: 3 });
    expect(comparisonOf(new URLSearchParams('desde=7'), versions)).toEqual({ from: null, to: null });
  });

  it('writes a comparison into the URL, keeping its other parameters', () => {
    const params = new URLSearchParams('abiertas=1&desde=2');
    expect(withComparison(params, { from: 1, to: 3 }).toString()).toBe('abiertas=1&desde=1&hasta=3');
    expect(withComparison(params, { from: null, to: 3 }).toString()).toBe('abiertas=1&hasta=3');
    expect(params.toString()).toBe('abiertas=1&desde=2');
  });

  it('proposes from a row: an earlier version against the latest, the latest against the one before', () => {
    expect(comparisonFor(1, 3)).toEqual({ from: 1, to: 3 });
    expect(comparisonFor(3, 3)).toEqual({ from: 2, to: 3 });
    expect(comparisonFor(1, 1)).toBeNull();
    expect(comparisonFor(4, 3)).toBeNull();
  });

  it('asks for two distinct versions before comparing', () => {
    expect(comparisonState({ from: null, to: 2 })).toBe('choose');
    expect(comparisonState({ from: 2, to: 2 })).toBe('same');
    expect(comparisonState({ from: 3, to: 1 })).toBe('ready');
  });

  it('says before a restore which version it becomes and that nothing is deleted', () => {
    expect(restoreExplanation(1, 3)).toBe(
      'El contenido de la versión 1 pasará a ser una nueva versión del documento, la versión 4, que se podrá seguir ' +
        'editando como borrador. No se borra nada: las versiones 1 a 3 quedan en el historial tal como están.',
    );
    expect(restoreExplanation(1, 1)).toMatch(/la versión 2, .* la versión 1 queda en el historial/);
  });

  it('takes the restore from the navigation state only when it is well formed', () => {
    expect(restoredOf({ restored: { from: 1, to: 4 } })).toEqual({ from: 1, to: 4 });
    for (const state of [null, undefined, 'x', {}, { restored: null }, { restored: { from: 4, to: 1 } }])
      expect(restoredOf(state)).toBeNull();
    expect(restoredOf({ restored: { from: '1', to: 4 } })).toBeNull();
  });

  it('explains a STALE_VERSION with the version now saved, when known', () => {
    expect(staleRestoreMessage(5)).toMatch(/^Otra persona guardó el documento .*\(ahora está en la versión 5\)/);
    expect(staleRestoreMessage(undefined)).not.toMatch(/ahora está/);
  });
});
