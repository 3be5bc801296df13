import { pdfText } from '../templates/testing/pdf-text';
import { readFixture } from './fixtures/cycle';
import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { downloadPdf, waitForIssued } from './support/records';
import { startTestApp, TestApp } from './support/test-app';

interface ObservationView {
  id: string;
  kind: string;
  documentVersion: number;
  path: string;
  itemId: string | null;
  text: string;
  author: { id: string; name: string; role: string };
  eventSeq: number;
  eventType: string;
  status: string;
  answer: string | null;
  answeredBy: { id: string; name: string } | null;
  addressedInVersion: number | null;
}

interface HistoryEntry {
  seq: number;
  type: string;
  comment: string | null;
  documents: { kind: string; version: number }[];
  observations: Record<string, unknown>[] | null;
}

const GAP = {
  kind: 'diagnostic',
  path: 'products/PE-1/inequities/INQ-1/gap',
  itemId: 'INQ-1',
  text: '  INQ-1: falta cuantificar la brecha por tramo de monto  ',
};
const PART4 = { kind: 'diagnostic', path: 'products', text: 'Revisar la caracterización por sexo de la parte 4' };

// The diagnostic with its first inequity's gap rewritten: a new version that addresses GAP.
function diagnosticWithGap(gap: string): unknown {
  const content = readFixture('diagnostic') as { products: { inequities?: { gap?: string }[] }[] };
  content.products[0].inequities![0].gap = gap;
  return content;
}

// Observations attached to items of a document by the head (a return) or SERNAM (a denial): the
// authors answer them or mark them addressed, the next submission records which version did it,
// the history chain covers all of it, and the record prints it.
describe('Observaciones por elemento de un documento', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  let reviewed: number;
  let gap: ObservationView;
  let part4: ObservationView;

  const auth = (person: Person) => ({ Authorization: `Bearer ${person.token}` });
  const list = async (as: Person) => {
    const response = await t.http.get(`/api/cycles/${cycle.cycleId}/observations`).set(auth(as));
    expect(response.status).toBe(200);
    return response.body as { total: number; items: ObservationView[] };
  };
  const history = async () =>
    (await t.http.get(`/api/cycles/${cycle.cycleId}/history`).set(auth(team.auditor)).expect(200))
      .body as HistoryEntry[];
  const verify = async () =>
    (await t.http.get(`/api/cycles/${cycle.cycleId}/history/verify`).set(auth(team.auditor)).expect(200)).body as {
      valid: boolean;
    };
  const answer = (as: Person, id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/observations/${id}/answer`).set(auth(as)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'OBSERVA'), createTeam(t.http, admin, 'OBSAJENO')]);
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    reviewed = (await cycle.save(team.officer, 'diagnostic')).version;
    await cycle.send(team.officer, 'SUBMIT');
  }, 120_000);
  afterAll(() => t.close());

  it('refuses bad observations with a code and a Spanish message, and changes nothing', async () => {
    const before = await cycle.get(team.head);
    const tooMany = await cycle.trySend(team.head, 'RETURN', {
      comment: 'Corregir',
      observations: Array.from({ length: 101 }, (_, i) => ({ ...PART4, text: `Observación ${i}` })),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    expect(tooMany.body.fields).toContainEqual({
      path: 'observations',
      message: 'observations admite a lo más 100 observaciones',
    });
    const empty = await cycle.trySend(team.head, 'RETURN', { observations: [{ ...GAP, text: '   ' }] });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(empty.body.fields).toContainEqual({ path: 'observations[0].text', message: 'text no puede estar vacío' });
    const badPlaces = await cycle.trySend(team.head, 'RETURN', {
      comment: 'Corregir',
      observations: [
        { ...GAP, path: '/products/PE-1' },
        { ...GAP, path: 'a'.repeat(301) },
        { ...GAP, itemId: 'I'.repeat(41) },
        { ...GAP, kind: 'informe' },
        { ...GAP, extra: true },
      ],
    });
    expect(badPlaces.status).toBe(400);
    expect((badPlaces.body.fields as { path: string }[]).map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'observations[0].path',
        'observations[1].path',
        'observations[2].itemId',
        'observations[3].kind',
        'observations[4].extra',
      ]),
    );
    const notUnderReview = await cycle.trySend(team.head, 'RETURN', { observations: [{ ...GAP, kind: 'plan' }] });
    expect(notUnderReview.status).toBe(400);
    expect(notUnderReview.body).toMatchObject({ code: 'OBSERVATION_KIND_NOT_SUBMITTED', kinds: ['plan'] });
    expect(notUnderReview.body.message).toContain('«Informe de Diagnóstico»');
    const onApprove = await cycle.trySend(team.head, 'APPROVE', { observations: [GAP] });
    expect(onApprove.status).toBe(400);
    expect(onApprove.body).toMatchObject({
      code: 'OBSERVATIONS_NOT_ALLOWED',
      message: 'Solo se hacen observaciones por elemento al devolver o al denegar la visación',
    });
    const noCommentNoObservations = await cycle.trySend(team.head, 'RETURN', { observations: [] });
    expect(noCommentNoObservations.body.code).toBe('COMMENT_REQUIRED');

    const after = await cycle.get(team.head);
    expect(after.revision).toBe(before.revision);
    expect(after.state).toBe('diagnostic.submitted');
    expect((await list(team.officer)).total).toBe(0);
  });

  it('keeps a return with two observations on items and no comment, in the hash-covered history', async () => {
    const returned = await cycle.send(team.head, 'RETURN', { observations: [GAP, PART4] });
    expect(returned.state).toBe('diagnostic.draft');

    const listed = await list(team.auditor);
    expect(listed.total).toBe(2);
    [gap, part4] = listed.items;
    expect(gap).toMatchObject({
      kind: 'diagnostic',
      documentVersion: reviewed,
      path: GAP.path,
      itemId: 'INQ-1',
      text: 'INQ-1: falta cuantificar la brecha por tramo de monto',
      author: { id: team.head.id, role: 'agency_head' },
      eventType: 'RETURN',
      status: 'open',
      answer: null,
      addressedInVersion: null,
    });
    expect(part4).toMatchObject({ path: 'products', itemId: null, status: 'open', eventSeq: gap.eventSeq });

    const entry = (await history()).find((e) => e.seq === gap.eventSeq)!;
    expect(entry).toMatchObject({ type: 'RETURN', comment: 'Ver observaciones por elemento (2)' });
    expect(entry.observations).toEqual([
      { id: gap.id, kind: 'diagnostic', version: reviewed, path: GAP.path, itemId: 'INQ-1', text: gap.text },
      { id: part4.id, kind: 'diagnostic', version: reviewed, path: 'products', itemId: null, text: part4.text },
    ]);
    const document = await cycle.document(team.officer, 'diagnostic');
    expect(document.observations.map((o) => o.comment)).toEqual(['Ver observaciones por elemento (2)']);
    await expect(verify()).resolves.toEqual({ valid: true, entries: entry.seq });
  });

  it('shows them to the agency only', async () => {
    for (const person of [other.head, other.officer, other.expert]) {
      const response = await t.http.get(`/api/cycles/${cycle.cycleId}/observations`).set(auth(person));
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    const foreign = await answer(other.officer, gap.id, { answer: 'No es mío', addressed: true });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'FORBIDDEN']);
    const byHead = await answer(team.head, gap.id, { answer: 'Lo respondo yo', addressed: true });
    expect([byHead.status, byHead.body.code]).toEqual([403, 'FORBIDDEN']);
    const unknown = await answer(team.officer, '6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70', { addressed: true });
    expect(unknown.status).toBe(404);
    expect((await answer(team.officer, 'no-es-un-id', { addressed: true })).status).toBe(404);
    expect((await list(team.auditor)).items.every((o) => o.status === 'open')).toBe(true);
  });

  it('takes the authors’ answers while the document is a draft, each as a history entry', async () => {
    const missing = await answer(team.officer, part4.id, { addressed: false });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'ANSWER_REQUIRED' });
    const badBody = await answer(team.officer, part4.id, { answer: 'x'.repeat(2001) });
    expect(badBody.status).toBe(400);
    expect((badBody.body.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['addressed', 'answer']);

    const answered = await answer(team.centreLead, part4.id, {
      answer: '  La parte 4 ya caracteriza por sexo; se precisó la fuente.  ',
      addressed: false,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      id: part4.id,
      status: 'answered',
      answer: 'La parte 4 ya caracteriza por sexo; se precisó la fuente.',
      answeredBy: { id: team.centreLead.id },
    });
    const addressed = await answer(team.officer, gap.id, { addressed: true });
    expect(addressed.body).toMatchObject({ status: 'addressed', answer: null, addressedInVersion: null });

    const entries = (await history()).filter((e) => e.type === 'OBSERVATION_ANSWERED');
    expect(entries.map((e) => [e.comment, e.observations, e.documents.map((d) => d.kind)])).toEqual([
      [answered.body.answer, [{ id: part4.id, status: 'answered' }], ['diagnostic']],
      [null, [{ id: gap.id, status: 'addressed' }], ['diagnostic']],
    ]);
    await expect(verify()).resolves.toMatchObject({ valid: true });
  });

  it('records at the next submission which version addressed what, and answers no more until a draft', async () => {
    const fixed = (
      await cycle.save(team.officer, 'diagnostic', diagnosticWithGap('Brecha de 10 p.p.; 7 p.p. sobre 50 UF'))
    ).version;
    expect(fixed).toBe(reviewed + 1);
    await cycle.send(team.officer, 'SUBMIT');
    const items = (await list(team.officer)).items;
    expect(items.find((o) => o.id === gap.id)).toMatchObject({ status: 'addressed', addressedInVersion: fixed });
    expect(items.find((o) => o.id === part4.id)).toMatchObject({ status: 'answered', addressedInVersion: null });

    const notDraft = await answer(team.officer, part4.id, { addressed: true });
    expect(notDraft.status).toBe(409);
    expect(notDraft.body.code).toBe('NOT_EDITABLE');
    const closed = await answer(team.officer, gap.id, { answer: 'Otra vez', addressed: false });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'OBSERVATION_CLOSED', addressedInVersion: fixed });
    await expect(verify()).resolves.toMatchObject({ valid: true });
  });

  it('serves each saved version with its author and time, for the review screen', async () => {
    const base = `/api/cycles/${cycle.cycleId}/documents/diagnostic/versions`;
    const first = await t.http.get(`${base}/${reviewed}`).set(auth(team.expert));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      cycleId: cycle.cycleId,
      kind: 'diagnostic',
      version: reviewed,
      authorId: team.officer.id,
      authorName: expect.stringContaining('oficial'),
    });
    const fixture = readFixture('diagnostic') as { products: { inequities: { gap: string }[] }[] };
    expect(first.body.content.products[0].inequities[0].gap).toBe(fixture.products[0].inequities[0].gap);
    expect(Date.parse(first.body.createdAt as string)).not.toBeNaN();
    const second = await t.http.get(`${base}/${reviewed + 1}`).set(auth(team.auditor));
    expect(second.body.content.products[0].inequities[0].gap).toBe('Brecha de 10 p.p.; 7 p.p. sobre 50 UF');
    expect(second.body.sha256).not.toBe(first.body.sha256);
    for (const missing of ['99', '0', '-1', '1.5', 'uno', '99999999999']) {
      const response = await t.http.get(`${base}/${missing}`).set(auth(team.auditor));
      expect([missing, response.status, response.body.code]).toEqual([missing, 404, 'VERSION_NOT_FOUND']);
    }
    const wrongKind = await t.http
      .get(`/api/cycles/${cycle.cycleId}/documents/informe/versions/1`)
      .set(auth(team.head));
    expect(wrongKind.status).toBe(404);
    const foreign = await t.http.get(`${base}/1`).set(auth(other.auditor));
    expect(foreign.status).toBe(403);
  });

  it('prints them, with the answers and SERNAM’s own, in the record of the document', async () => {
    await cycle.send(team.head, 'APPROVE');
    const denied = await cycle.send(team.expert, 'DENY_VISA', {
      comment: 'Revisar los sistemas de información.',
      observations: [
        {
          kind: 'diagnostic',
          path: 'informationSystems/SI-3/disaggregation',
          itemId: 'SI-3',
          text: 'SI-3 debe registrar socias y socios por sexo',
        },
      ],
    });
    expect(denied.state).toBe('diagnostic.draft');
    const sernam = (await list(team.officer)).items[0];
    expect(sernam).toMatchObject({
      eventType: 'DENY_VISA',
      author: { role: 'sernam_expert' },
      documentVersion: reviewed + 1,
    });
    const deny = (await history()).find((e) => e.seq === sernam.eventSeq)!;
    expect(deny).toMatchObject({ type: 'DENY_VISA', comment: 'Revisar los sistemas de información.' });
    expect(deny.observations).toHaveLength(1);
    await answer(team.officer, sernam.id, { answer: 'Se agregó el campo en SI-3.', addressed: true }).expect(200);
    const final = (await cycle.save(team.officer, 'diagnostic', diagnosticWithGap('Brecha de 10 p.p. (2025)'))).version;
    await cycle.passGate(team);
    await expect(verify()).resolves.toMatchObject({ valid: true });

    const records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 4);
    const record = records.find((r) => r.code === `EG-2027-DIAG-v${final}`);
    expect(record).toBeDefined();
    const { flat } = await pdfText((await downloadPdf(t.http, record!.id, team.auditor.token)).body as Buffer);
    expect(flat).toContain('Observaciones por elemento');
    expect(flat).toContain('INQ-1: falta cuantificar la brecha por tramo de monto');
    expect(flat).toContain(`Atendida en la versión ${reviewed + 1}`);
    expect(flat).toContain('La parte 4 ya caracteriza por sexo; se precisó la fuente.');
    expect(flat).toContain('SI-3 debe registrar socias y socios por sexo');
    expect(flat).toContain(`Atendida en la versión ${final} Se agregó el campo en SI-3.`);
    expect(flat).toContain('Ver observaciones por elemento (2)');
  });
});
