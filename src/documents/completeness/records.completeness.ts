import type { ActivityRecordContent, ProgressReportContent, WorkProgrammeContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

// Stage 3 registers: not gated, but checked when recorded against the work programme.

export function checkActivityRecordSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const record = p.document(input, 'activity-record');
  const programme = p.document(input, 'work-programme');
  if (record && programme) checkActivityRecord(record, programme, p);
  return p.list;
}

export function checkProgressReportSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const report = p.document(input, 'progress-report');
  const programme = p.document(input, 'work-programme');
  if (report && programme) checkProgressReport(report, programme, p);
  return p.list;
}

function checkActivityRecord(r: ActivityRecordContent, wp: WorkProgrammeContent, p: Problems): void {
  const base = 'activity-record';
  if (r.activityId === undefined)
    p.add(at(base, 'activityId'), 'Falta indicar qué actividad del programa de trabajo se registra.');
  else if (!(wp.activities ?? []).some((a) => a.id === r.activityId)) {
    p.add(at(base, 'activityId'), `La actividad «${r.activityId}» no existe en el programa de trabajo.`);
  }
  if (r.date === undefined) p.add(at(base, 'date'), 'Falta la fecha en que se realizó la actividad.');
  p.text(at(base, 'description'), r.description, 'la descripción de la actividad realizada');
  if (!(r.verificationMeans ?? []).some((m) => m.trim() !== '')) {
    p.add(at(base, 'verificationMeans'), 'Faltan los medios de verificación de la actividad realizada.');
  }
}

function checkProgressReport(r: ProgressReportContent, wp: WorkProgrammeContent, p: Problems): void {
  const base = 'progress-report';
  if (r.period?.start === undefined)
    p.add(at(base, 'period', 'start'), 'Falta la fecha de inicio del período informado.');
  if (r.period?.end === undefined) p.add(at(base, 'period', 'end'), 'Falta la fecha de término del período informado.');
  else if (r.period.start !== undefined && r.period.end < r.period.start) {
    p.add(at(base, 'period', 'end'), 'La fecha de término del período es anterior a la de inicio.');
  }

  const activities = wp.activities ?? [];
  const done = p.nonEmpty(
    at(base, 'activitiesDone'),
    r.activitiesDone,
    'Faltan las actividades realizadas en el período.',
  );
  done.forEach((id, i) => {
    if (!activities.some((a) => a.id === id))
      p.add(at(base, 'activitiesDone', i), `La actividad «${id}» no existe en el programa de trabajo.`);
  });

  const difficulties = r.difficulties ?? [];
  const facilitators = r.facilitators ?? [];
  if (difficulties.length + facilitators.length === 0) {
    p.add(
      at(base, 'difficulties'),
      'Falta el análisis de la implementación: dificultades y facilitadores, internos y externos.',
    );
  }
  for (const [key, factors] of [
    ['difficulties', difficulties],
    ['facilitators', facilitators],
  ] as const) {
    factors.forEach((f, i) => {
      if (f.kind === undefined) p.add(at(base, key, i, 'kind'), 'Falta indicar si el factor es interno o externo.');
      p.text(at(base, key, i, 'description'), f.description, 'la descripción del factor');
    });
  }
  (r.modifications ?? []).forEach((m, i) => {
    p.text(
      at(base, 'modifications', i, 'description'),
      m.description,
      'la descripción de la modificación a lo programado',
    );
    p.text(
      at(base, 'modifications', i, 'justification'),
      m.justification,
      'la justificación de la modificación a lo programado',
    );
  });

  const indicators = wp.indicators ?? [];
  const results = r.indicatorResults ?? [];
  for (const indicator of indicators) {
    if (!results.some((res) => res.indicatorCode === indicator.code)) {
      p.add(
        at(base, 'indicatorResults'),
        `Falta el resultado del indicador «${indicator.code}» del programa de trabajo.`,
      );
    }
  }
  results.forEach((res, i) => {
    const here = at(base, 'indicatorResults', i);
    if (!indicators.some((indicator) => indicator.code === res.indicatorCode)) {
      p.add(at(here, 'indicatorCode'), `El indicador «${res.indicatorCode}» no existe en el programa de trabajo.`);
    }
    p.text(at(here, 'result'), res.result, `el resultado del indicador «${res.indicatorCode}»`);
  });

  if (!(r.certifyingDocuments ?? []).some((d) => d.trim() !== '')) {
    p.add(at(base, 'certifyingDocuments'), 'Falta la documentación que certifica los logros obtenidos.');
  }
}
