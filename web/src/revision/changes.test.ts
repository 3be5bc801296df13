import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/types';
import { baselineFor, gateOfState } from './baseline';
import { computeChanges, wordChanges } from './changes';

const gap3 = 'Mujeres: 25,8 % de la membresía y 17,4 % de las presidencias de las organizaciones (2025).';

const diagnostic = () => ({
  products: [
    {
      productId: 'PE-2',
      inequities: [
        { id: 'INQ-2', description: 'Menor tasa de término de los cursos.', gap: '16,7 puntos porcentuales.' },
        { id: 'INQ-4', description: 'Concentración en rubros feminizados.', gap: '72 % frente a 21 %.' },
      ],
    },
    {
      productId: 'PE-3',
      inequities: [{ id: 'INQ-3', description: 'Subrepresentación en las directivas.', gap: gap3 }],
      barriers: [{ id: 'B-4', description: 'Estereotipos de liderazgo.', inequityId: 'INQ-3' }],
    },
  ],
  informationSystems: { systems: [{ id: 'SI-1', name: 'SIGEBEN', stagesNeedingMeasures: ['collection'] }] },
});

describe('changes between two versions', () => {
  it('finds none between equal versions, nor when items were only reordered', () => {
    expect(computeChanges(diagnostic(), diagnostic())).toEqual([]);
    const reordered = diagnostic();
    reordered.products.reverse();
    reordered.products[1]!.inequities.reverse();
    expect(computeChanges(diagnostic(), reordered)).toEqual([]);
  });

  it('matches items by id across reordering and names the changed field in Spanish', () => {
    const after = diagnostic();
    after.products.reverse();
    after.products[0]!.inequities[0]!.gap = gap3.replace('17,4 %', '19,0 %');
    const changes = computeChanges(diagnostic(), after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      type: 'modified',
      path: 'products/PE-3/inequities/INQ-3/gap',
      label: 'Productos estratégicos › PE-3 › Inequidades › INQ-3 › Brecha',
      field: 'gap',
      before: gap3,
    });
  });

  it('compares long texts word by word', () => {
    const after = diagnostic();
    after.products[1]!.inequities[0]!.gap = gap3.replace('presidencias', 'directivas');
    const [change] = computeChanges(diagnostic(), after);
    expect(change?.words?.filter((w) => w.type !== 'same')).toEqual([
      { type: 'removed', text: 'presidencias' },
      { type: 'added', text: 'directivas' },
    ]);
    expect(change?.words?.map((w) => (w.type === 'removed' ? '' : w.text)).join('')).toBe(
      after.products[1]!.inequities[0]!.gap,
    );
  });

  it('keeps short values whole', () => {
    const after = diagnostic();
    after.products[0]!.inequities[0]!.gap = '18 puntos porcentuales.';
    const [change] = computeChanges(diagnostic(), after);
    expect(change).toMatchObject({
      type: 'modified',
      before: '16,7 puntos porcentuales.',
      after: '18 puntos porcentuales.',
    });
    expect(change?.words).toBeUndefined();
  });

  it('reports added and removed items by their ids', () => {
    const after = diagnostic();
    after.products[0]!.inequities = after.products[0]!.inequities.filter((i) => i.id !== 'INQ-4');
    after.products[1]!.barriers!.push({ id: 'B-5', description: 'Horarios de reuniones.', inequityId: 'INQ-3' });
    const changes = computeChanges(diagnostic(), after);
    expect(changes.map((c) => [c.type, c.label])).toEqual([
      ['removed', 'Productos estratégicos › PE-2 › Inequidades › INQ-4'],
      ['added', 'Productos estratégicos › PE-3 › Barreras › B-5'],
    ]);
    expect(changes[0]?.before).toMatchObject({ id: 'INQ-4' });
    expect(changes[1]?.after).toMatchObject({ id: 'B-5' });
  });

  it('reports a list of codes as one change, and fields added or removed', () => {
    const after = diagnostic() as ReturnType<typeof diagnostic> & { missionAnalysis?: { mission: string } };
    after.informationSystems.systems[0]!.stagesNeedingMeasures = ['collection', 'analysis'];
    after.missionAnalysis = { mission: 'Contribuir al desarrollo productivo.' };
    delete (after.products[1] as { barriers?: unknown }).barriers;
    const changes = computeChanges(diagnostic(), after);
    expect(changes.map((c) => [c.type, c.label])).toEqual([
      ['added', 'Análisis de la misión institucional'],
      ['removed', 'Productos estratégicos › PE-3 › Barreras'],
      [
        'modified',
        'Sistemas de información › Sistemas de información estadísticos › SI-1 › Etapas del proceso de información que requieren medidas',
      ],
    ]);
    expect(changes[2]).toMatchObject({ before: ['collection'], after: ['collection', 'analysis'] });
  });

  it('compares a 200-activity programme fast', () => {
    const programme = (edit: boolean) => ({
      activities: Array.from({ length: 200 }, (_, i) => ({
        id: `A-${i + 1}`,
        description: `Actividad ${i + 1} del programa de trabajo, con su descripción completa y sus medios de verificación.`,
        schedule: { start: '2027-02-01', end: edit && i === 150 ? '2027-07-31' : '2027-05-31' },
      })),
    });
    const started = performance.now();
    const changes = computeChanges(programme(false), programme(true));
    expect(performance.now() - started).toBeLessThan(300);
    expect(changes.map((c) => c.label)).toEqual(['Actividades › A-151 › Cronograma › Término']);
  });

  it('treats a first version as everything added', () => {
    expect(computeChanges(undefined, { year: 2027 })).toEqual([
      { type: 'added', path: 'year', label: 'Año', field: 'year', after: 2027 },
    ]);
  });

  it('splits words without losing any', () => {
    const parts = wordChanges('la brecha es de 10 puntos', 'la brecha es de 12 puntos porcentuales');
    expect(
      parts
        .filter((p) => p.type !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('la brecha es de 12 puntos porcentuales');
  });
});

const entry = (seq: number, type: string, documents: { kind: string; version: number }[]): HistoryEntry => ({
  id: String(seq),
  seq,
  type,
  actorId: null,
  actorName: null,
  actorRoles: [],
  stateBefore: null,
  stateAfter: 'x',
  comment: null,
  documents: documents.map((d) => ({ ...d, sha256: 'a'.repeat(64) })),
  at: `2027-03-0${Math.min(seq, 9)}T12:00:00Z`,
  hash: '',
  prevHash: '',
});

describe('the version a gate compares with', () => {
  const history = [
    entry(1, 'CYCLE_CREATED', []),
    entry(2, 'SUBMIT', [{ kind: 'diagnostic', version: 1 }]),
    entry(3, 'RETURN', [{ kind: 'diagnostic', version: 1 }]),
    entry(4, 'DOCUMENT_SAVED', [{ kind: 'diagnostic', version: 2 }]),
    entry(5, 'SUBMIT', [{ kind: 'diagnostic', version: 2 }]),
    entry(6, 'APPROVE', [{ kind: 'diagnostic', version: 2 }]),
    entry(7, 'DENY_VISA', [{ kind: 'diagnostic', version: 2 }]),
    entry(8, 'SUBMIT', [{ kind: 'diagnostic', version: 3 }]),
  ];

  it('is the version this gate last decided on', () => {
    expect(baselineFor(history, 'head', 'diagnostic', 3)).toMatchObject({
      version: 2,
      type: 'APPROVE',
      source: 'gate',
    });
    expect(baselineFor(history.slice(0, 5), 'head', 'diagnostic', 2)).toMatchObject({ version: 1, type: 'RETURN' });
    expect(baselineFor(history, 'expert', 'diagnostic', 3)).toMatchObject({ version: 2, type: 'DENY_VISA' });
  });

  it('else the last visaed version of an earlier round, else none', () => {
    const adjustment = [
      entry(1, 'GRANT_VISA', [{ kind: 'plan', version: 4 }]),
      entry(2, 'SUBMIT', [{ kind: 'plan', version: 6 }]),
    ];
    expect(baselineFor(adjustment, 'expert', 'plan', 6)).toMatchObject({ version: 4, source: 'gate' });
    const visaOnly = [entry(1, 'GRANT_VISA', [{ kind: 'plan', version: 4 }])];
    expect(baselineFor(visaOnly, 'head', 'plan', 6)).toMatchObject({ version: 4, source: 'visa' });
    expect(baselineFor(history.slice(0, 2), 'head', 'diagnostic', 1)).toBeNull();
    expect(baselineFor(history, 'head', 'plan', 1)).toBeNull();
  });

  it('reads the gate from the state', () => {
    expect(gateOfState('diagnostic.submitted')).toBe('head');
    expect(gateOfState('implementation.adjustment.approved')).toBe('expert');
    expect(gateOfState('diagnostic.draft')).toBeNull();
  });
});
