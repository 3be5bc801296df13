import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { Evidence, ProcedureRecord } from '../api/types';
import {
  cited,
  entryFieldErrors,
  evidenceByEntry,
  labelsOf,
  measureOfActivity,
  reachedImplementation,
  readOnlyReason,
  recordOfEntry,
} from './execution-view';

const workProgramme = {
  activities: [
    { id: 'A-1', measureId: 'M-1', description: 'Elaborar la propuesta de modificación de las bases' },
    { id: 'A-3', measureId: 'M-2', description: 'Dictar cursos de asistencia técnica en modalidad mixta' },
  ],
};

describe('what an entry cites, in words', () => {
  it('names the work programme’s activities and the plan’s measure they carry out', () => {
    const activities = labelsOf(workProgramme, 'activities');
    expect(cited(activities, 'A-3')).toBe('A-3 — Dictar cursos de asistencia técnica en modalidad mixta');
    expect(cited(activities, 'A-9')).toBe('A-9 (no está en el documento citado)');
    expect(measureOfActivity(workProgramme, 'A-3')).toBe('M-2');
    expect(measureOfActivity(workProgramme, 'A-9')).toBeUndefined();
    expect(measureOfActivity(null, 'A-3')).toBeUndefined();
  });
});

describe('an entry’s record and files', () => {
  const record = (over: Partial<ProcedureRecord>): ProcedureRecord => ({
    id: 'r',
    code: 'EG-2027-ACT-1-v1',
    title: 'Registro de actividad',
    kind: 'activity-record',
    version: 1,
    status: 'issued',
    sha256: 'a'.repeat(64),
    documentSha256: 'b'.repeat(64),
    documentId: 'e1',
    size: 1000,
    issuedAt: '2027-06-15T12:00:00Z',
    obsolete: false,
    ...over,
  });
  it('is the record in force, not the one a new file made obsolete', () => {
    const records = [
      record({ id: 'v1', obsolete: true }),
      record({ id: 'v2', version: 2 }),
      record({ id: 'x', documentId: 'e2' }),
    ];
    expect(recordOfEntry(records, 'e1')?.id).toBe('v2');
    expect(recordOfEntry(records, 'e3')).toBeUndefined();
    expect(recordOfEntry(undefined, 'e1')).toBeUndefined();
  });
  it('groups the cycle’s files by entry', () => {
    const file = (id: string, documentId: string) => ({ id, documentId }) as Evidence;
    const byEntry = evidenceByEntry([file('f1', 'e1'), file('f2', 'e2'), file('f3', 'e1')]);
    expect(byEntry.get('e1')?.map((f) => f.id)).toEqual(['f1', 'f3']);
    expect(byEntry.get('e9')).toBeUndefined();
  });
});

describe('the API’s refusal of an entry, at the form’s fields', () => {
  it('takes the field errors and the problems against the work programme, without the kind’s prefix', () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'El contenido del registro no es válido', {
      fields: [{ path: 'content.date', message: 'Fecha no es una fecha válida' }],
    });
    expect(entryFieldErrors('activity-record', invalid)).toEqual([
      { path: 'content.date', message: 'Fecha no es una fecha válida' },
    ]);
    const incomplete = new ApiError(422, 'INCOMPLETE', 'El registro está incompleto', {
      problems: [
        { path: 'progress-report.period.start', message: 'Falta la fecha de inicio del período informado.' },
        {
          path: 'progress-report.activitiesDone[1]',
          message: 'La actividad «A-9» no existe en el programa de trabajo.',
        },
        { path: 'work-programme', message: 'Falta el documento «Programa de Trabajo Anual» del ciclo.' },
      ],
    });
    expect(entryFieldErrors('progress-report', incomplete).map((e) => e.path)).toEqual([
      'period.start',
      'activitiesDone[1]',
      'work-programme',
    ]);
    expect(entryFieldErrors('activity-record', new Error('x'))).toEqual([]);
  });
});

describe('when the Ejecución screen is open for recording', () => {
  it('is reached at implementation and stays reachable after it', () => {
    expect(reachedImplementation('planning')).toBe(false);
    expect(reachedImplementation('implementation')).toBe(true);
    expect(reachedImplementation('evaluation')).toBe(true);
    expect(reachedImplementation('closed')).toBe(true);
  });
  it('says why a person only reads it', () => {
    expect(readOnlyReason('implementation', true)).toBeNull();
    expect(readOnlyReason('planning', false)).toMatch(/cuando comience la implementación/);
    expect(readOnlyReason('implementation', false)).toMatch(/^Puede consultar lo registrado/);
    expect(readOnlyReason('evaluation', false)).toMatch(/terminó/);
  });
});
