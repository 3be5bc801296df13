import { overviewRows, OverviewInputs } from './overview-rows';
import { CycleRow } from './overview.queries';
import { pendingStep } from './pending-step';

const cycle = (overrides: Partial<CycleRow>): CycleRow => ({
  id: 'c1',
  agencyId: 'a1',
  code: 'FOMENTO',
  name: 'Servicio de Fomento',
  year: 2027,
  stage: 'diagnostic',
  state: 'diagnostic.approved',
  status: 'open',
  awaiting: ['sernam_expert'],
  stateEnteredAt: new Date('2027-04-01T12:00:00Z'),
  ...overrides,
});
const inputs = (overrides: Partial<OverviewInputs>): OverviewInputs => ({
  cycles: [cycle({})],
  agenciesWithoutCycle: [],
  year: null,
  events: [],
  commitments: [],
  deadlines: [],
  measurements: [],
  ...overrides,
});

describe('pendingStep', () => {
  it('names the gate step a cycle waits at, or the stage’s own work', () => {
    expect(pendingStep(cycle({}))).toEqual({
      gate: 'diagnostic.visa',
      label: 'Diagnóstico: visación técnica de SERNAM',
      awaiting: ['sernam_expert'],
    });
    expect(pendingStep(cycle({ stage: 'implementation', state: 'implementation.adjustment.submitted' }))?.label).toBe(
      'Ajuste del Plan y Programa de Trabajo: aprobación de la Jefatura',
    );
    expect(pendingStep(cycle({ stage: 'followUp', state: 'followUp.inProgress' }))?.gate).toBeNull();
    expect(pendingStep(cycle({ stage: 'closed', state: 'closed', status: 'closed' }))).toBeNull();
  });
});

describe('overviewRows', () => {
  const now = new Date('2027-04-11T15:00:00Z');

  it('counts days in state, overdue gates (own date over the calendar) and the pending gate’s date', () => {
    const [row] = overviewRows(
      inputs({
        deadlines: [
          { cycleId: null, year: 2027, gate: 'diagnostic.visa', dueDate: '2027-04-05' },
          { cycleId: null, year: 2027, gate: 'diagnostic.submission', dueDate: '2027-03-01' },
          { cycleId: null, year: 2027, gate: 'planning.submission', dueDate: '2027-04-10' },
          { cycleId: 'c1', year: 2027, gate: 'planning.submission', dueDate: '2027-05-30' },
          { cycleId: null, year: 2026, gate: 'planning.visa', dueDate: '2026-01-01' },
        ],
      }),
      now,
      '2027-04-11',
    );
    expect(row).toMatchObject({
      daysInState: 10,
      stageLabel: 'Diagnóstico',
      pendingGate: { gate: 'diagnostic.visa', dueDate: '2027-04-05', overdue: true },
      // diagnostic.submission is passed; planning.submission moved to May for this cycle.
      overdue: { deadlines: 1, commitments: 0 },
    });
  });

  it('counts indicators off target from the year’s last measurement, missing data included', () => {
    const measurement = (women: string | null, annualGoal: string) => ({
      agencyId: 'a1',
      year: 2027,
      unit: 'count',
      convention: 'share',
      parityLower: '0.9700',
      parityUpper: '1.0300',
      goalOn: 'gap',
      baseline: null,
      annualGoal,
      women,
      men: '419',
    });
    const [row] = overviewRows(
      inputs({ measurements: [measurement('212', '30'), measurement('212', '40'), measurement(null, '10')] }),
      now,
      '2027-04-11',
    );
    expect(row.indicators).toEqual({ measured: 3, offTarget: 2 });
  });

  it('lists agencies without a cycle in the year asked for, sorted by code', () => {
    const rows = overviewRows(
      inputs({ year: 2027, agenciesWithoutCycle: [{ id: 'a0', code: 'AGUA', name: 'Servicio del Agua' }] }),
      now,
      '2027-04-11',
    );
    expect(rows.map((r) => [r.agency.code, r.stageLabel, r.cycleId])).toEqual([
      ['AGUA', 'Sin ciclo', null],
      ['FOMENTO', 'Diagnóstico', 'c1'],
    ]);
  });
});
