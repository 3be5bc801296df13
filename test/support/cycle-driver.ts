import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';
import type { DocumentKind } from '../../workflows/document-kinds';
import { readFixture, type FixtureYear } from '../fixtures/cycle';
import { addMember, assignExpert, createAgency, createPerson, Person } from './actors';

export interface AgencyTeam {
  agencyId: string;
  officer: Person;
  centreLead: Person;
  head: Person;
  quality: Person;
  auditor: Person;
  expert: Person;
}

export async function createTeam(http: TestAgent, admin: string, code: string): Promise<AgencyTeam> {
  const agencyId = await createAgency(http, admin, code);
  const [officer, centreLead, head, quality, auditor, expert] = await Promise.all(
    ['oficial', 'centro', 'jefatura', 'calidad', 'auditoria', 'experta'].map((label) =>
      createPerson(http, admin, `${code.toLowerCase()}.${label}`),
    ),
  );
  await addMember(http, admin, agencyId, officer.id, 'gender_officer');
  await addMember(http, admin, agencyId, centreLead.id, 'centre_lead', 'Dirección Regional del Maule');
  await addMember(http, admin, agencyId, head.id, 'agency_head');
  await addMember(http, admin, agencyId, quality.id, 'quality_team');
  await addMember(http, admin, agencyId, auditor.id, 'auditor');
  await assignExpert(http, admin, agencyId, expert.id);
  return { agencyId, officer, centreLead, head, quality, auditor, expert };
}

const expectStatus = (response: Response, status: number, what: string): Response => {
  if (response.status !== status)
    throw new Error(`${what}: esperaba ${status}, llegó ${response.status} ${JSON.stringify(response.body)}`);
  return response;
};

// Drives one cycle over HTTP as its people would, failing loudly on any unexpected answer.
export class CycleDriver {
  constructor(
    private readonly http: TestAgent,
    readonly cycleId: string,
  ) {}

  static async create(http: TestAgent, team: AgencyTeam, year: number): Promise<CycleDriver> {
    const response = expectStatus(
      await http
        .post(`/api/agencies/${team.agencyId}/cycles`)
        .set('Authorization', `Bearer ${team.officer.token}`)
        .send({ year }),
      201,
      `crear ciclo ${year}`,
    );
    return new CycleDriver(http, (response.body as { id: string }).id);
  }

  async get(as: Person) {
    return expectStatus(
      await this.http.get(`/api/cycles/${this.cycleId}`).set('Authorization', `Bearer ${as.token}`),
      200,
      'leer ciclo',
    ).body as {
      revision: number;
      state: string;
      stage: string;
      status: string;
      allowedEvents: string[];
      documents: { kind: string; status: string; version: number; sha256: string | null }[];
    };
  }

  trySend(as: Person, type: string, extra: Record<string, unknown> = {}, revision?: number) {
    return (async () => {
      const rev = revision ?? (await this.get(as)).revision;
      return this.http
        .post(`/api/cycles/${this.cycleId}/events`)
        .set('Authorization', `Bearer ${as.token}`)
        .send({ type, revision: rev, ...extra });
    })();
  }

  async send(as: Person, type: string, extra: Record<string, unknown> = {}) {
    return expectStatus(await this.trySend(as, type, extra), 200, `${type}`).body as {
      state: string;
      revision: number;
      allowedEvents: string[];
    };
  }

  async document(as: Person, kind: DocumentKind) {
    return expectStatus(
      await this.http.get(`/api/cycles/${this.cycleId}/documents/${kind}`).set('Authorization', `Bearer ${as.token}`),
      200,
      `leer ${kind}`,
    ).body as {
      version: number;
      status: string;
      content: unknown;
      observations: { type: string; comment: string }[];
      versions: unknown[];
    };
  }

  trySave(as: Person, kind: DocumentKind, content: unknown, version: number) {
    return this.http
      .put(`/api/cycles/${this.cycleId}/documents/${kind}`)
      .set('Authorization', `Bearer ${as.token}`)
      .send({ content, version });
  }

  async save(as: Person, kind: DocumentKind, content: unknown = readFixture(kind)) {
    const { version } = await this.document(as, kind);
    return expectStatus(await this.trySave(as, kind, content, version), 200, `guardar ${kind}`).body as {
      version: number;
      sha256: string;
    };
  }

  async saveFixture(as: Person, kind: DocumentKind, year: FixtureYear) {
    return this.save(as, kind, readFixture(kind, year));
  }

  async register(as: Person, path: 'activity-records' | 'progress-reports', content: unknown) {
    return expectStatus(
      await this.http
        .post(`/api/cycles/${this.cycleId}/${path}`)
        .set('Authorization', `Bearer ${as.token}`)
        .send({ content }),
      201,
      `registrar ${path}`,
    ).body as { id: string };
  }

  /** SUBMIT → APPROVE → GRANT_VISA. */
  async passGate(team: AgencyTeam) {
    await this.send(team.officer, 'SUBMIT');
    await this.send(team.head, 'APPROVE');
    return this.send(team.expert, 'GRANT_VISA');
  }
}
