import { describe, expect, it } from 'vitest';
import type { InboxCounts, InboxItem } from '../api/types';
import {
  actionPathOf,
  agencyNamesOf,
  documentLine,
  expectationOf,
  filterOptions,
  hasFilters,
  inboxApiPath,
  readInboxFilters,
  writeInboxFilters,
} from './inbox-view';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const item = (over: Partial<InboxItem> = {}): InboxItem => ({
  cycleId: 'c1',
  agency: { id: AGENCY, code: 'SERVA', name: 'Servicio A' },
  year: 2027,
  stage: 'diagnostic',
  state: 'diagnostic.draft',
  since: '2027-03-01T12:00:00.000Z',
  awaitingSince: '2027-03-01T12:00:00.000Z',
  actions: [],
  observation: null,
  documents: [],
  dueDate: null,
  dueLabel: null,
  overdue: false,
  ...over,
});

describe('the filters in the address', () => {
  it('reads the agency, the stage and "overdue only", in the address’s Spanish names', () => {
    const params = new URLSearchParams(`servicio=${AGENCY}&etapa=planning&vencidos=si`);
    expect(readInboxFilters(params)).toEqual({ agencyId: AGENCY, stage: 'planning', overdue: true });
  });

  it('ignores what it cannot be: not an id, an unknown stage, another word for yes', () => {
    const params = new URLSearchParams('servicio=abc&etapa=constructor&vencidos=true');
    expect(readInboxFilters(params)).toEqual({});
    expect(hasFilters(readInboxFilters(params))).toBe(false);
  });

  it('writes them back, dropping the ones cleared and keeping other parameters', () => {
    const current = new URLSearchParams(`otra=1&servicio=${AGENCY}&vencidos=si`);
    const next = writeInboxFilters({ stage: 'diagnostic' }, current);
    expect(next.toString()).toBe('otra=1&etapa=diagnostic');
    expect(readInboxFilters(writeInboxFilters({ agencyId: OTHER, overdue: true }))).toEqual({
      agencyId: OTHER,
      overdue: true,
    });
  });

  it('asks the API with its own parameter names, 200 at most', () => {
    expect(inboxApiPath({})).toBe('/inbox?limit=200');
    expect(inboxApiPath({ agencyId: AGENCY, stage: 'evaluation', overdue: true })).toBe(
      `/inbox?limit=200&agencyId=${AGENCY}&stage=evaluation&overdue=true`,
    );
  });
});

describe('the filter options and their counts', () => {
  const counts: InboxCounts = {
    byAction: { SUBMIT: 2, APPROVE: 1, RETURN: 1 },
    byAgency: { [OTHER]: 1, [AGENCY]: 2 },
    byStage: { planning: 1, strategicDefinitions: 2 },
    overdue: 2,
    total: 3,
  };
  const names = agencyNamesOf(
    [
      { id: AGENCY, code: 'SERVA', name: 'Servicio A' },
      { id: OTHER, code: 'ZETA', name: 'Agencia Zeta' },
    ],
    [],
  );

  it('shows each option with its count, agencies by name, stages in the procedure’s order', () => {
    const options = filterOptions(counts, names, {});
    expect(options.agencies.map((o) => o.label)).toEqual([
      'Todos los servicios (3)',
      'Agencia Zeta · ZETA (1)',
      'Servicio A · SERVA (2)',
    ]);
    expect(options.stages.map((o) => [o.value, o.label])).toEqual([
      ['', 'Todas las etapas (3)'],
      ['strategicDefinitions', 'Definiciones estratégicas (Ficha A1 y Formulario H) (2)'],
      ['planning', 'Plan y Programa de Trabajo (1)'],
    ]);
    expect(options.overdueLabel).toBe('Solo vencidos (2)');
  });

  it('keeps the chosen option listed when nothing is left in it', () => {
    const unknown = '33333333-3333-4333-8333-333333333333';
    const options = filterOptions(counts, names, { agencyId: unknown, stage: 'followUp' });
    expect(options.agencies.find((o) => o.value === unknown)).toEqual({
      value: unknown,
      label: 'Servicio sin nombre (0)',
      count: 0,
    });
    expect(options.stages.at(-1)).toEqual({
      value: 'followUp',
      label: 'Seguimiento de compromisos y Revisión por la Dirección (0)',
      count: 0,
    });
  });

  it('names an agency from the items when the agencies list lacks it', () => {
    const fromItems = agencyNamesOf([], [item({ agency: { id: OTHER, code: 'ZETA', name: 'Agencia Zeta' } })]);
    expect(fromItems.get(OTHER)).toEqual({ code: 'ZETA', name: 'Agencia Zeta' });
  });
});

describe('what is expected of the person and where they act', () => {
  it('says it once for actions that are one task, never as a code', () => {
    expect(expectationOf(item({ actions: ['APPROVE', 'RETURN'] }))).toBe('Aprobar o devolver');
    expect(expectationOf(item({ actions: ['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'] }))).toBe(
      'Registrar actividades y avances',
    );
    expect(expectationOf(item({ actions: ['SUBMIT'] }))).toBe('Redactar y enviar a aprobación');
  });

  it('asks a centre lead to write what they may write though the cycle awaits someone else', () => {
    const lead = item({
      actions: [],
      documents: [{ kind: 'strategic-definitions', status: 'draft', version: 1, writable: true }],
    });
    expect(expectationOf(lead)).toBe('Redactar');
  });

  it('sends the head’s and the expert’s decisions to the revision screen, everything else to the cycle', () => {
    expect(actionPathOf(item({ actions: ['APPROVE', 'RETURN'] }))).toBe('/ciclos/c1/revision');
    expect(actionPathOf(item({ actions: ['GRANT_VISA', 'DENY_VISA'] }))).toBe('/ciclos/c1/revision');
    expect(actionPathOf(item({ actions: ['SUBMIT'] }))).toBe('/ciclos/c1');
    expect(actionPathOf(item({ actions: [] }))).toBe('/ciclos/c1');
  });
});

describe('documents as a person reads them', () => {
  it('gives a document’s version and state, a register’s entries', () => {
    expect(documentLine({ kind: 'diagnostic', status: 'submitted', version: 2, writable: false })).toEqual({
      name: 'Informe de Diagnóstico',
      detail: 'versión 2 · En aprobación de la Jefatura',
    });
    expect(documentLine({ kind: 'strategic-definitions', status: 'draft', version: 0, writable: true })).toEqual({
      name: 'Ficha A1 y Formulario H',
      detail: 'sin versión guardada · Borrador',
    });
    expect(
      documentLine({ kind: 'activity-record', status: 'registered', version: 1, writable: true, count: 3 }).detail,
    ).toBe('3 registros');
    expect(documentLine({ kind: 'progress-report', status: null, version: 0, writable: true, count: 0 }).detail).toBe(
      'sin registros',
    );
  });
});
