import { loadCycle } from '../../../test/fixtures/cycle';
import {
  checkDisseminationSubmission,
  checkManagementReviewSubmission,
  checkStandardisationSubmission,
  type CycleDocuments,
} from '.';

// Stages 5 and 6: management review, dissemination, standardisation.
function cycle(): CycleDocuments {
  return structuredClone(loadCycle(2027));
}

const input = (documents: CycleDocuments) => ({ documents, previousFollowUpProgramme: null });

describe('management review (RECORD_REVIEW)', () => {
  const check = (documents: CycleDocuments) =>
    checkManagementReviewSubmission({ kinds: ['management-review'], ...input(documents) });

  it('requires each of the three decisions and its reason', () => {
    const docs = cycle();
    const review = docs['management-review'];
    if (review?.decisions) {
      review.decisions.modifyPlan = { reason: 'Sin cambios.' };
      review.decisions.modifyFollowUpProgramme = undefined;
    }
    expect(check(docs)).toEqual([
      {
        path: 'management-review.decisions.modifyPlan.required',
        message: 'Falta la decisión «¿se requiere modificar el plan y/o el programa de trabajo?».',
      },
      {
        path: 'management-review.decisions.modifyFollowUpProgramme.required',
        message: 'Falta la decisión «¿se requiere modificar el programa de seguimiento?».',
      },
      {
        path: 'management-review.decisions.modifyFollowUpProgramme.reason',
        message: 'Falta el fundamento de la decisión «¿se requiere modificar el programa de seguimiento?».',
      },
    ]);
  });

  it('requires date, attendees and both analyses', () => {
    const docs = cycle();
    docs['management-review'] = { decisions: docs['management-review']?.decisions };
    expect(check(docs)).toEqual([
      { path: 'management-review.date', message: 'Falta la fecha de la revisión por la dirección.' },
      { path: 'management-review.attendees', message: 'Faltan los asistentes a la revisión por la dirección.' },
      {
        path: 'management-review.workProgrammeAnalysis',
        message: 'Falta el análisis de los resultados del programa de trabajo.',
      },
      {
        path: 'management-review.commitmentsAnalysis',
        message: 'Falta el análisis del cumplimiento de los compromisos del programa de seguimiento.',
      },
    ]);
  });
});

describe('dissemination', () => {
  const check = (documents: CycleDocuments) =>
    checkDisseminationSubmission({ kinds: ['dissemination'], ...input(documents) });

  it('requires dissemination to DIPRES', () => {
    const docs = cycle();
    const record = docs.dissemination;
    if (record) record.actions = record.actions?.filter((a) => a.audience !== 'dipres');
    expect(check(docs)).toEqual([
      {
        path: 'dissemination.actions',
        message: 'Falta difundir los resultados a la Dirección de Presupuestos (DIPRES).',
      },
    ]);
  });

  it('requires internal dissemination to staff', () => {
    const docs = cycle();
    const record = docs.dissemination;
    if (record) record.actions = record.actions?.filter((a) => a.audience !== 'staff');
    expect(check(docs)).toEqual([
      {
        path: 'dissemination.actions',
        message: 'Falta difundir los resultados a los funcionarios y funcionarias (difusión interna).',
      },
    ]);
  });

  it('requires channel, date and description of each action', () => {
    const docs = cycle();
    docs.dissemination = {
      actions: [
        { id: 'D-1', audience: 'staff' },
        { id: 'D-2', audience: 'clients', channel: 'Web', date: '2028-02-01', description: 'Nota.' },
        { id: 'D-3', audience: 'expert-network', channel: 'Oficio', date: '2028-02-01', description: 'Informe.' },
        { id: 'D-4', audience: 'dipres', channel: 'Plataforma', date: '2028-02-01', description: 'Carga.' },
      ],
    };
    expect(check(docs)).toEqual([
      { path: 'dissemination.actions[0].channel', message: 'Falta el canal de la acción de difusión «D-1».' },
      { path: 'dissemination.actions[0].date', message: 'Falta la fecha de la acción de difusión «D-1».' },
      { path: 'dissemination.actions[0].description', message: 'Falta la descripción de la acción de difusión «D-1».' },
    ]);
  });
});

describe('standardisation', () => {
  const check = (documents: CycleDocuments) =>
    checkStandardisationSubmission({ kinds: ['standardisation'], ...input(documents) });

  it('reports a product applying gender focus that is not standardised', () => {
    const docs = cycle();
    const record = docs.standardisation;
    if (record) record.products = record.products?.filter((p) => p.productId !== 'PE-2');
    expect(check(docs)).toEqual([
      {
        path: 'standardisation.products',
        message: 'Falta registrar la incorporación del enfoque de género en los procedimientos del producto «PE-2».',
      },
    ]);
  });

  it('asks for the changes inside the QMS and for the new procedure outside it', () => {
    const docs = cycle();
    const [inside, , outside] = docs.standardisation?.products ?? [];
    inside.changesMade = undefined;
    outside.newProcedureSummary = undefined;
    expect(check(docs)).toEqual([
      {
        path: 'standardisation.products[0].changesMade',
        message: 'Falta la descripción de las modificaciones al procedimiento del producto «PE-1».',
      },
      {
        path: 'standardisation.products[2].newProcedureSummary',
        message: 'Falta la descripción del nuevo procedimiento documentado del producto «PE-3».',
      },
    ]);
  });

  it('reports a product that the Ficha A1 does not have', () => {
    const docs = cycle();
    docs.standardisation?.products?.push({
      productId: 'PE-7',
      insideQms: true,
      procedureName: 'Procedimiento X',
      procedureCode: 'PR-X',
      changesMade: 'Cambios.',
      responsibleCentre: 'Departamento X',
    });
    expect(check(docs)).toEqual([
      { path: 'standardisation.products[3].productId', message: 'El producto «PE-7» no existe en la Ficha A1.' },
    ]);
  });
});
