import { CYCLE_EVENT_TYPES } from '../../workflows/events';
import { WORKFLOW_AUDIENCE, workflowMessage, type WorkflowFacts } from './workflow-messages';

const base: WorkflowFacts = {
  type: 'SUBMIT',
  agency: { code: 'SERNAPESCA', name: 'Servicio Nacional de Pesca' },
  year: 2027,
  actorName: 'Ana Pérez',
  documents: ['diagnostic'],
  comment: null,
  stateAfter: 'diagnostic.submitted',
};

describe('workflow notification messages', () => {
  it('tells the head a document awaits approval, naming agency, year, document and who sent it', () => {
    expect(workflowMessage(base)).toEqual({
      subject: 'Documento enviado a su aprobación: Informe de Diagnóstico (SERNAPESCA 2027)',
      body: [
        'Ana Pérez (Encargado/a del Sistema Enfoque de Género) envió a aprobación de la Jefatura «Informe de Diagnóstico».',
        'Servicio: Servicio Nacional de Pesca (SERNAPESCA), ciclo 2027.',
        'Revise el documento y apruébelo o devuélvalo con observaciones.',
      ].join('\n'),
    });
  });

  it('names both documents of a joint submission, in plural', () => {
    const message = workflowMessage({
      ...base,
      type: 'APPROVE',
      actorName: 'Jefa',
      documents: ['plan', 'work-programme'],
      stateAfter: 'planning.approved',
    });
    expect(message.subject).toBe(
      'Documentos por visar: Plan de Acción con Enfoque de Género y Programa de Trabajo Anual (SERNAPESCA 2027)',
    );
    expect(message.body).toContain(
      'Jefa (Jefe/a de Servicio) aprobó «Plan de Acción con Enfoque de Género» y «Programa de Trabajo Anual», que quedan a la espera de su visación técnica (V°B°).',
    );
  });

  it('carries the observations and who made them when returning or denying', () => {
    const comment = 'Falta desagregar por sexo la tabla 3.\nRevisar la brecha del producto PE-2.';
    const returned = workflowMessage({ ...base, type: 'RETURN', actorName: 'Jefa', comment });
    expect(returned.subject).toBe('Documento devuelto con observaciones: Informe de Diagnóstico (SERNAPESCA 2027)');
    expect(returned.body).toContain(`Observaciones de Jefa (Jefe/a de Servicio):\n${comment}`);
    const denied = workflowMessage({ ...base, type: 'DENY_VISA', actorName: 'Experta', comment: 'Sin línea base.' });
    expect(denied.subject).toBe('Visación denegada: Informe de Diagnóstico (SERNAPESCA 2027)');
    expect(denied.body).toContain('Observaciones de Experta (SERNAM, Red de Expertos):\nSin línea base.');
    expect(denied.body).toContain('vuelve a borrador');
  });

  it('names the stage that opens after a visa', () => {
    const granted = workflowMessage({ ...base, type: 'GRANT_VISA', stateAfter: 'planning.draft' });
    expect(granted.subject).toBe('Visación otorgada: Informe de Diagnóstico (SERNAPESCA 2027)');
    expect(granted.body).toContain('Queda abierta la etapa «Plan y Programa de Trabajo».');
  });

  it('gives a short message for the other events, with the state the cycle is left in', () => {
    const finished = workflowMessage({
      ...base,
      type: 'FINISH_IMPLEMENTATION',
      documents: [],
      stateAfter: 'evaluation.draft',
    });
    expect(finished.subject).toBe('Implementación finalizada (SERNAPESCA 2027)');
    expect(finished.body).toContain('Actuó: Ana Pérez (Encargado/a del Sistema Enfoque de Género).');
    expect(finished.body).toContain(
      'El ciclo queda en «Evaluación de resultados y Programa de Seguimiento: Borrador».',
    );
    expect(finished.body).not.toContain('Documento');
  });

  it('writes a message for every event, with a title that fits its column', () => {
    for (const type of CYCLE_EVENT_TYPES) {
      const message = workflowMessage({ ...base, type, actorName: 'x'.repeat(300), comment: 'Comentario.' });
      expect(message.subject.length).toBeLessThanOrEqual(200);
      expect(message.body).toContain('Servicio Nacional de Pesca (SERNAPESCA), ciclo 2027');
    }
  });

  it('notifies whom the procedure names for each event', () => {
    expect(WORKFLOW_AUDIENCE).toEqual({
      SUBMIT: { roles: ['agency_head'], authors: false },
      APPROVE: { roles: ['sernam_expert'], authors: false },
      RETURN: { roles: ['gender_officer'], authors: true },
      DENY_VISA: { roles: ['gender_officer'], authors: true },
      GRANT_VISA: { roles: ['gender_officer'], authors: false },
      REQUEST_ADJUSTMENT: { roles: ['gender_officer', 'agency_head'], authors: false },
      FINISH_IMPLEMENTATION: { roles: ['gender_officer'], authors: false },
      RECORD_REVIEW: { roles: ['gender_officer'], authors: false },
      DISSEMINATE: { roles: ['gender_officer'], authors: false },
      COMPLETE: { roles: ['gender_officer'], authors: false },
    });
  });
});
