import { documentChain, visaChain, type HistoryEntry, type VersionRef } from './approval-chain';

// The approval chain is read from the history entries that name the exact version.

const V1: VersionRef = { kind: 'diagnostic', version: 1, sha256: 'a'.repeat(64) };
const V2: VersionRef = { kind: 'diagnostic', version: 2, sha256: 'b'.repeat(64) };
const PEOPLE = {
  officer: { name: 'Ana Oficial', roles: ['gender_officer', 'quality_team'] },
  lead: { name: 'Luis Centro', roles: ['centre_lead'] },
  head: { name: 'Carolina Jefa', roles: ['agency_head'] },
  quality: { name: 'Rosa Calidad', roles: ['quality_team'] },
  expert: { name: 'Ximena Experta', roles: ['sernam_expert'] },
};

function history(...steps: [type: string, who: keyof typeof PEOPLE, refs: VersionRef[]][]): HistoryEntry[] {
  return steps.map(([type, who, refs], i) => ({
    seq: i + 1,
    type,
    actorName: PEOPLE[who].name,
    actorRoles: PEOPLE[who].roles,
    documents: refs,
    at: new Date(Date.UTC(2027, 2, 1, 12, i)).toISOString(),
  }));
}

const row = (entries: HistoryEntry[], seq: number, step: string, role: string) => ({
  step,
  by: { name: entries[seq - 1].actorName, role, at: entries[seq - 1].at },
});

describe('approval chain of a document version', () => {
  it('is the version written, then the sending, approval and visa of that version', () => {
    const entries = history(
      ['DOCUMENT_SAVED', 'lead', [V1]],
      ['SUBMIT', 'officer', [V1]],
      ['RETURN', 'head', [V1]],
      // Sent again unchanged, with a reply: the second sending is the one approved.
      ['SUBMIT', 'officer', [V1]],
      ['APPROVE', 'head', [V1]],
      ['GRANT_VISA', 'expert', [V1]],
    );
    expect(documentChain(V1, entries)).toEqual([
      row(entries, 1, 'Documento guardado (versión 1)', 'Encargado/a de Centro de Responsabilidad'),
      row(entries, 4, 'Enviado a aprobación de la Jefatura', 'Encargado/a del Sistema Enfoque de Género'),
      row(entries, 5, 'Aprobado por la Jefatura', 'Jefe/a de Servicio'),
      row(entries, 6, 'Visación otorgada por SERNAM', 'SERNAM, Red de Expertos'),
    ]);
  });

  it('keeps the first visa of a version given one twice, and ignores other versions', () => {
    const entries = history(
      ['DOCUMENT_SAVED', 'officer', [V1]],
      ['SUBMIT', 'officer', [V1]],
      ['APPROVE', 'head', [V1]],
      ['GRANT_VISA', 'expert', [V1]],
      ['DOCUMENT_SAVED', 'officer', [V2]],
      ['SUBMIT', 'officer', [V2]],
      ['APPROVE', 'head', [V2]],
      ['DENY_VISA', 'expert', [V2]],
      // The review sent the cycle back; version 1 was sent again as it was.
      ['SUBMIT', 'officer', [V1]],
      ['APPROVE', 'head', [V1]],
      ['GRANT_VISA', 'expert', [V1]],
    );
    expect(documentChain(V1, entries).map((s) => s.by?.at)).toEqual([1, 2, 3, 4].map((n) => entries[n - 1].at));
    expect(documentChain(V2, entries)).toEqual([
      row(entries, 5, 'Documento guardado (versión 2)', 'Encargado/a del Sistema Enfoque de Género'),
      row(entries, 6, 'Enviado a aprobación de la Jefatura', 'Encargado/a del Sistema Enfoque de Género'),
      row(entries, 7, 'Aprobado por la Jefatura', 'Jefe/a de Servicio'),
      { step: 'Visación otorgada por SERNAM', by: null },
    ]);
  });

  it('shows a registered document with who registered it, in the role they did it in', () => {
    const review = { kind: 'management-review' as const, version: 1, sha256: 'c'.repeat(64) };
    const entries = history(['DOCUMENT_SAVED', 'quality', [review]], ['RECORD_REVIEW', 'head', [review]]);
    expect(documentChain(review, entries)).toEqual([
      row(entries, 1, 'Documento guardado (versión 1)', 'Equipo de la Calidad'),
      row(entries, 2, 'Revisión por la Dirección registrada', 'Jefe/a de Servicio'),
    ]);
    const activity = { kind: 'activity-record' as const, version: 1, sha256: 'd'.repeat(64) };
    const registered = history(['RECORD_REGISTERED', 'officer', [activity]]);
    expect(documentChain(activity, registered)).toEqual([
      row(registered, 1, 'Registro ingresado (versión 1)', 'Encargado/a del Sistema Enfoque de Género'),
    ]);
  });
});

describe('approval chain of a V°B° certificate', () => {
  it('names the expert who granted the visa, not the author, after the sending and the approval', () => {
    const plan = { kind: 'plan' as const, version: 3, sha256: 'e'.repeat(64) };
    const programme = { kind: 'work-programme' as const, version: 2, sha256: 'f'.repeat(64) };
    const entries = history(
      ['SUBMIT', 'officer', [plan, programme]],
      ['APPROVE', 'head', [plan, programme]],
      ['DENY_VISA', 'expert', [plan, programme]],
      ['SUBMIT', 'officer', [plan, programme]],
      ['APPROVE', 'head', [plan, programme]],
      ['GRANT_VISA', 'expert', [plan, programme]],
    );
    expect(visaChain(6, entries)).toEqual([
      row(entries, 4, 'Enviado a aprobación de la Jefatura', 'Encargado/a del Sistema Enfoque de Género'),
      row(entries, 5, 'Aprobado por la Jefatura', 'Jefe/a de Servicio'),
      row(entries, 6, 'Visación otorgada por SERNAM', 'SERNAM, Red de Expertos'),
    ]);
  });
});
