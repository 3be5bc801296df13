import { describe, expect, it } from 'vitest';
import type { CycleCounters, CycleDeadline } from '../api/types';
import { awaitingInWords, buildTimeline, gateTotals, listInWords, phaseOf } from './timeline';

const zero = { strategicDefinitions: 0, diagnostic: 0, planning: 0, implementation: 0, evaluation: 0 };
const counters = (over: Partial<CycleCounters> = {}): CycleCounters => ({
  submissions: 0,
  returns: { ...zero },
  denials: { ...zero },
  adjustments: 0,
  reviewRounds: 0,
  ...over,
});

const entry = (seq: number, stateBefore: string | null, stateAfter: string) => ({
  seq,
  stateBefore,
  stateAfter,
  at: `2027-0${Math.min(seq, 9)}-01T12:00:00.000Z`,
});

const deadline = (gate: string, over: Partial<CycleDeadline> = {}): CycleDeadline => ({
  gate,
  dueDate: '2027-03-31',
  source: 'calendar',
  label: gate,
  pending: true,
  overdue: false,
  daysLeft: 10,
  ...over,
});

describe('the stages of the year', () => {
  it('marks the stages before the current one done, the current one, and the rest pending, in order', () => {
    const steps = buildTimeline(
      {
        stage: 'diagnostic',
        state: 'diagnostic.submitted',
        status: 'open',
        awaiting: ['agency_head'],
        counters: counters(),
      },
      [
        entry(1, null, 'strategicDefinitions.draft'),
        entry(2, 'strategicDefinitions.draft', 'strategicDefinitions.submitted'),
        entry(3, 'strategicDefinitions.submitted', 'strategicDefinitions.approved'),
        entry(4, 'strategicDefinitions.approved', 'diagnostic.draft'),
        entry(5, 'diagnostic.draft', 'diagnostic.submitted'),
      ],
      [],
    );
    expect(steps.map((s) => [s.stage, s.statusLabel])).toEqual([
      ['strategicDefinitions', 'Completada'],
      ['diagnostic', 'Etapa actual'],
      ['planning', 'Pendiente'],
      ['implementation', 'Pendiente'],
      ['evaluation', 'Pendiente'],
      ['followUp', 'Pendiente'],
      ['dissemination', 'Pendiente'],
      ['standardisation', 'Pendiente'],
    ]);
    expect(steps[0]?.completedAt).toBe('2027-04-01T12:00:00.000Z');
    expect(steps[1]).toMatchObject({
      label: 'Diagnóstico',
      phase: 'En aprobación de la Jefatura',
      awaiting: 'Jefe/a de Servicio',
      completedAt: null,
      repeated: false,
    });
    expect(steps[0]?.phase).toBeNull();
  });

  it('knows a stage ahead was completed in an earlier round when a review sent the cycle back', () => {
    const steps = buildTimeline(
      {
        stage: 'planning',
        state: 'planning.draft',
        status: 'open',
        awaiting: ['gender_officer'],
        counters: counters({ reviewRounds: 1 }),
      },
      [
        entry(1, 'evaluation.approved', 'followUp.inProgress'),
        entry(2, 'followUp.inProgress', 'planning.draft'),
        entry(0, 'planning.approved', 'implementation.inProgress'),
      ],
      [],
    );
    const byStage = Object.fromEntries(steps.map((s) => [s.stage, s]));
    expect(byStage.followUp).toMatchObject({ status: 'pending', repeated: true });
    expect(byStage.planning).toMatchObject({ status: 'current', repeated: true });
    expect(byStage.dissemination).toMatchObject({ status: 'pending', repeated: false });
  });

  it('shows every stage done once the cycle is closed', () => {
    const steps = buildTimeline(
      { stage: 'closed', state: 'closed', status: 'closed', awaiting: [], counters: counters() },
      [],
      [],
    );
    expect(steps.every((s) => s.status === 'done')).toBe(true);
  });

  it('gives each gated stage its returns and denials', () => {
    const steps = buildTimeline(
      {
        stage: 'diagnostic',
        state: 'diagnostic.draft',
        status: 'open',
        awaiting: ['gender_officer', 'centre_lead'],
        counters: counters({ returns: { ...zero, strategicDefinitions: 2 }, denials: { ...zero, diagnostic: 1 } }),
      },
      [],
      [],
    );
    expect(steps.slice(0, 2).map((s) => [s.returns, s.denials])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(steps[1]?.awaiting).toBe(
      'Encargado/a del Sistema Enfoque de Género y Encargado/a de Centro de Responsabilidad',
    );
    expect(gateTotals(counters({ returns: { ...zero, diagnostic: 2, planning: 1 } }))).toEqual({
      returns: 3,
      denials: 0,
    });
  });

  it('puts each due date under its stage, in the gate’s order, saying whether it is overdue', () => {
    const steps = buildTimeline(
      {
        stage: 'diagnostic',
        state: 'diagnostic.draft',
        status: 'open',
        awaiting: ['gender_officer'],
        counters: counters(),
      },
      [],
      [
        deadline('diagnostic.visa', { daysLeft: 40 }),
        deadline('strategicDefinitions.visa', { pending: false, daysLeft: -30 }),
        deadline('diagnostic.submission', { overdue: true, daysLeft: -2 }),
        deadline('diagnostic.approval', { daysLeft: 0 }),
      ],
    );
    expect(steps[0]?.deadlines.map((d) => [d.label, d.status])).toEqual([
      ['Visación técnica de SERNAM', 'Hito superado'],
    ]);
    expect(steps[1]?.deadlines.map((d) => [d.label, d.status, d.overdue])).toEqual([
      ['Envío a la Jefatura', 'Vencido', true],
      ['Aprobación de la Jefatura', 'Vence hoy', false],
      ['Visación técnica de SERNAM', 'Quedan 40 días', false],
    ]);
  });
});

describe('words for the timeline', () => {
  it('names where in its stage the cycle stands', () => {
    expect(phaseOf('strategicDefinitions.approved')).toBe('En visación de SERNAM');
    expect(phaseOf('implementation.adjustment.submitted')).toBe('Ajuste en aprobación de la Jefatura');
    expect(phaseOf('closed')).toBeNull();
  });

  it('lists in Spanish', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B y C');
    expect(awaitingInWords([])).toBeNull();
  });
});
