import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/types';
import { actorRole, historyLines, verificationMessage } from './history-view';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: `e${over.seq ?? 1}`,
  seq: 1,
  type: 'CYCLE_CREATED',
  actorId: 'u1',
  actorName: 'Ana Pérez',
  actorRoles: ['gender_officer'],
  stateBefore: null,
  stateAfter: 'strategicDefinitions.draft',
  comment: null,
  documents: [],
  at: '2027-03-01T12:00:00.000Z',
  hash: 'h',
  prevHash: 'p',
  ...over,
});

describe('the history as a person reads it', () => {
  const lines = historyLines([
    entry({ seq: 1 }),
    entry({
      seq: 3,
      type: 'RETURN',
      actorName: 'Jorge Soto',
      actorRoles: ['quality_team', 'agency_head'],
      stateBefore: 'strategicDefinitions.submitted',
      stateAfter: 'strategicDefinitions.draft',
      comment: 'Falta el indicador de género del producto 2.',
      documents: [{ kind: 'strategic-definitions', version: 2, sha256: 'x' }],
      observations: [
        { id: 'o1', kind: 'strategic-definitions', path: 'a.b', text: 'Precise la fórmula.' },
        { id: 'o2', status: 'addressed' },
      ],
    }),
    entry({
      seq: 2,
      type: 'DOCUMENT_SAVED',
      stateBefore: 'strategicDefinitions.draft',
      stateAfter: 'strategicDefinitions.draft',
    }),
  ]);

  it('puts the newest first', () => {
    expect(lines.map((l) => l.seq)).toEqual([3, 2, 1]);
  });

  it('says each entry in Spanish, with who, in which role, and the state it left', () => {
    expect(lines[0]).toMatchObject({
      title: 'Devuelto por la Jefatura con observaciones',
      who: 'Jorge Soto',
      role: 'Jefe/a de Servicio',
      stateAfter: 'Definiciones estratégicas (Ficha A1 y Formulario H): Borrador',
      comment: 'Falta el indicador de género del producto 2.',
      documents: ['Ficha A1 y Formulario H, versión 2'],
      observations: [{ document: 'Ficha A1 y Formulario H', text: 'Precise la fórmula.' }],
    });
    expect(lines[1]).toMatchObject({ title: 'Documento guardado', stateAfter: null, comment: null });
    expect(lines[2]).toMatchObject({ title: 'Ciclo iniciado', role: 'Encargado/a del Sistema Enfoque de Género' });
  });

  it('names the role a decision was taken in, else the first held', () => {
    expect(actorRole('GRANT_VISA', ['sernam_expert'])).toBe('SERNAM, Red de Expertos');
    expect(actorRole('SUBMIT', ['centre_lead', 'gender_officer'])).toBe('Encargado/a de Centro de Responsabilidad');
    expect(actorRole('SUBMIT', [])).toBeNull();
  });

  it('never shows an unknown code', () => {
    const [line] = historyLines([entry({ type: 'SOMETHING_NEW', stateAfter: 'nowhere.at.all', stateBefore: null })]);
    expect(line?.title).toBe('Movimiento del ciclo');
    expect(line?.stateAfter).toBe('Estado desconocido');
  });
});

describe('the chain’s verification', () => {
  it('says how many movements it verified', () => {
    expect(verificationMessage({ valid: true, entries: 7 })).toEqual({
      valid: true,
      text: 'Cadena de integridad verificada: 7 movimientos',
    });
    expect(verificationMessage({ valid: true, entries: 1 }).text).toBe('Cadena de integridad verificada: 1 movimiento');
  });

  it('warns clearly when the chain is broken, and where', () => {
    const message = verificationMessage({ valid: false, entries: 7, firstBrokenEntry: 4 });
    expect(message.valid).toBe(false);
    expect(message.text).toContain('no se pudo verificar a partir del movimiento 4');
  });
});
