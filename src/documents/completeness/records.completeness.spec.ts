import { loadCycle } from '../../../test/fixtures/cycle';
import { checkActivityRecordSubmission, checkProgressReportSubmission, type CycleDocuments } from '.';

function cycle(): CycleDocuments {
  return structuredClone(loadCycle(2027));
}

describe('activity record', () => {
  const check = (documents: CycleDocuments) =>
    checkActivityRecordSubmission({ kinds: ['activity-record'], documents, previousFollowUpProgramme: null });

  it('reports an activity that the work programme does not have', () => {
    const docs = cycle();
    const record = docs['activity-record'];
    if (record) record.activityId = 'A-42';
    expect(check(docs)).toEqual([
      { path: 'activity-record.activityId', message: 'La actividad «A-42» no existe en el programa de trabajo.' },
    ]);
  });

  it('requires date, description and verification means', () => {
    const docs = cycle();
    docs['activity-record'] = { activityId: 'A-3', verificationMeans: ['  '] };
    expect(check(docs)).toEqual([
      { path: 'activity-record.date', message: 'Falta la fecha en que se realizó la actividad.' },
      { path: 'activity-record.description', message: 'Falta la descripción de la actividad realizada.' },
      {
        path: 'activity-record.verificationMeans',
        message: 'Faltan los medios de verificación de la actividad realizada.',
      },
    ]);
  });

  it('reports the work programme missing from the cycle', () => {
    const docs = cycle();
    delete docs['work-programme'];
    expect(check(docs)).toEqual([
      { path: 'work-programme', message: 'Falta el documento «Programa de Trabajo Anual» del ciclo.' },
    ]);
  });
});

describe('progress report', () => {
  const check = (documents: CycleDocuments) =>
    checkProgressReportSubmission({ kinds: ['progress-report'], documents, previousFollowUpProgramme: null });

  it('reports unknown activities, an annual indicator without result and an inverted period', () => {
    const docs = cycle();
    const report = docs['progress-report'];
    if (report) {
      report.period = { start: '2027-06-30', end: '2027-01-01' };
      report.activitiesDone = ['A-1', 'A-77'];
      report.indicatorResults = report.indicatorResults?.filter((r) => r.indicatorCode !== 'IA-4');
    }
    expect(check(docs)).toEqual([
      { path: 'progress-report.period.end', message: 'La fecha de término del período es anterior a la de inicio.' },
      {
        path: 'progress-report.activitiesDone[1]',
        message: 'La actividad «A-77» no existe en el programa de trabajo.',
      },
      {
        path: 'progress-report.indicatorResults',
        message: 'Falta el resultado del indicador «IA-4» del programa de trabajo.',
      },
    ]);
  });

  it('requires the analysis of difficulties and facilitators, justified modifications and certifying documents', () => {
    const docs = cycle();
    const report = docs['progress-report'];
    if (report) {
      report.difficulties = [];
      report.facilitators = [];
      report.modifications = [{ description: 'Se cambió una fecha.' }];
      report.certifyingDocuments = [];
    }
    expect(check(docs)).toEqual([
      {
        path: 'progress-report.difficulties',
        message: 'Falta el análisis de la implementación: dificultades y facilitadores, internos y externos.',
      },
      {
        path: 'progress-report.modifications[0].justification',
        message: 'Falta la justificación de la modificación a lo programado.',
      },
      {
        path: 'progress-report.certifyingDocuments',
        message: 'Falta la documentación que certifica los logros obtenidos.',
      },
    ]);
  });

  it('requires the kind of each factor', () => {
    const docs = cycle();
    const factor = docs['progress-report']?.facilitators?.[1];
    if (factor) factor.kind = undefined;
    expect(check(docs)).toEqual([
      { path: 'progress-report.facilitators[1].kind', message: 'Falta indicar si el factor es interno o externo.' },
    ]);
  });
});
