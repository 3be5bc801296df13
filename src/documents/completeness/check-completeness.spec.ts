import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '../../../workflows/document-kinds';
import { loadCycle } from '../../../test/fixtures/cycle';
import { checkCompleteness, findSubmission, SUBMISSIONS } from '.';

describe('checkCompleteness dispatcher', () => {
  it('assigns every document kind to exactly one submission', () => {
    const kinds = SUBMISSIONS.flatMap((s) => s.kinds);
    expect([...kinds].sort()).toEqual([...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS].sort());
  });

  it('finds a submission whatever the order of its kinds', () => {
    expect(findSubmission(['work-programme', 'plan'])?.kinds).toEqual(['plan', 'work-programme']);
    expect(findSubmission(['follow-up-programme', 'evaluation', 'evaluation'])?.kinds).toEqual([
      'evaluation',
      'follow-up-programme',
    ]);
  });

  it('refuses a combination that no stage submits', () => {
    const documents = loadCycle(2027);
    expect(checkCompleteness({ kinds: ['plan'], documents, previousFollowUpProgramme: null })).toEqual([
      { path: '', message: 'Ninguna etapa presenta juntos estos documentos: «Plan de Acción con Enfoque de Género».' },
    ]);
    expect(checkCompleteness({ kinds: [], documents, previousFollowUpProgramme: null })).toEqual([
      { path: '', message: 'Ninguna etapa presenta juntos estos documentos: (ninguno).' },
    ]);
  });

  it('routes to the check of the stage', () => {
    const documents = structuredClone(loadCycle(2027));
    documents['work-programme'] = { ...documents['work-programme'], year: undefined };
    expect(
      checkCompleteness({ kinds: ['work-programme', 'plan'], documents, previousFollowUpProgramme: null }),
    ).toEqual([{ path: 'work-programme.year', message: 'Falta el año del programa de trabajo.' }]);
  });

  it('reports submitted documents that are missing', () => {
    expect(checkCompleteness({ kinds: ['dissemination'], documents: {}, previousFollowUpProgramme: null })).toEqual([
      { path: 'dissemination', message: 'Falta el documento «Registro de Difusión» del ciclo.' },
    ]);
  });
});
