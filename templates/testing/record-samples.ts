import { createHash } from 'node:crypto';
import { loadFixture, type FixtureYear } from '../../test/fixtures/cycle';
import { gateStageLabel, historyEntryLabel, roleLabel } from '../../workflows/labels';
import type { MasterListData } from '../master-list.template';
import {
  GATED_KINDS,
  RECORD_KINDS,
  RECORD_TITLES,
  recordCode,
  type ApprovalStep,
  type EvidenceFile,
  type IndicatorChart,
  type RecordContent,
  type RecordData,
  type RecordKind,
  type VisaCertificateContent,
} from '../record-data';

// Records of the example cycle (test/fixtures/cycle: a fictional agency) for tests, the
// benchmark and previews. Gated records come at version 3, after a return and a denial.

export const SAMPLE_AGENCY = {
  code: 'SENAFOR',
  name: 'Servicio Nacional de Fomento Productivo Regional',
  ministry: 'Ministerio de Economía, Fomento y Turismo',
};
export const PEOPLE = {
  officer: 'María José Ñancupil Rivas',
  head: 'Carolina Muñoz Peña',
  expert: 'Ximena Órdenes Bravo',
};
export const PUBLIC_URL = 'https://enfoque.example.cl';

export function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function sampleContent<K extends RecordKind>(kind: K, year: FixtureYear = 2027): RecordContent<K> {
  const content: RecordContent<RecordKind> = kind === 'visa-certificate' ? visaContent(year) : loadFixture(kind, year);
  return content as RecordContent<K>;
}

export interface SampleOptions<K extends RecordKind> {
  year?: FixtureYear;
  content?: RecordContent<K>;
  serial?: number;
}

export function sampleRecord<K extends RecordKind>(kind: K, options: SampleOptions<K> = {}): RecordData<K> {
  const year = options.year ?? 2027;
  const content = options.content ?? sampleContent(kind, year);
  const gated = GATED_KINDS.has(kind);
  const version = gated ? 3 : 1;
  const hash = sha256(content);
  return {
    agency: SAMPLE_AGENCY,
    year,
    record: {
      code: recordCode(year, kind, version, options.serial),
      title: RECORD_TITLES[kind],
      kind,
      version,
      issuedAt: `${year}-04-20T15:42:00.000Z`,
    },
    document: { sha256: hash, ...(kind === 'visa-certificate' ? {} : { version }), content },
    approvals: sampleChain(kind, version, year),
    observations: gated ? sampleObservations(year) : [],
    evidence: kind === 'activity-record' || kind === 'progress-report' ? sampleEvidence(3) : undefined,
    ...(kind === 'evaluation' ? { indicatorCharts: sampleIndicatorCharts(year) } : {}),
    verifyUrl: `${PUBLIC_URL}/verify/${hash}`,
  };
}

// The chain the history of the example cycle gives (src/records/approval-chain.ts): the officer
// writes and sends, the head approves, the expert grants the visa; registers are registered.
const REGISTERED_BY: Partial<Record<RecordKind, string>> = {
  'management-review': 'RECORD_REVIEW',
  dissemination: 'DISSEMINATE',
  standardisation: 'COMPLETE',
};

export function sampleChain(kind: RecordKind, version: number, year: number): ApprovalStep[] {
  const step = (type: string, name: string, role: string, at: string, detail = ''): ApprovalStep => ({
    step: `${historyEntryLabel(type)}${detail}`,
    by: { name, role: roleLabel(role), at: `${year}-${at}` },
  });
  const gate = [
    step('SUBMIT', PEOPLE.officer, 'gender_officer', '04-03T14:05:00.000Z'),
    step('APPROVE', PEOPLE.head, 'agency_head', '04-10T19:30:00.000Z'),
    step('GRANT_VISA', PEOPLE.expert, 'sernam_expert', '04-20T15:40:00.000Z'),
  ];
  if (kind === 'visa-certificate') return gate;
  const written = kind === 'activity-record' || kind === 'progress-report' ? 'RECORD_REGISTERED' : 'DOCUMENT_SAVED';
  const writing = step(written, PEOPLE.officer, 'gender_officer', '04-02T13:10:00.000Z', ` (versión ${version})`);
  if (GATED_KINDS.has(kind)) return [writing, ...gate];
  const registered = REGISTERED_BY[kind];
  if (registered === undefined) return [writing];
  const registrar = kind === 'management-review' ? [PEOPLE.head, 'agency_head'] : [PEOPLE.officer, 'gender_officer'];
  return [writing, step(registered, registrar[0], registrar[1], '04-12T21:00:00.000Z')];
}

function sampleObservations(year: number): RecordData['observations'] {
  return [
    {
      at: `${year}-03-15T12:00:00.000Z`,
      by: PEOPLE.head,
      role: 'agency_head',
      type: 'RETURN',
      comment: 'Falta cuantificar por sexo a las personas usuarias del producto PE-3. Corregir y reenviar.',
    },
    {
      at: `${year}-03-29T21:15:00.000Z`,
      by: PEOPLE.expert,
      role: 'sernam_expert',
      type: 'DENY_VISA',
      comment:
        'Las barreras B-4 y B-5 no indican a qué inequidad se asocian. Revisar la coherencia con la Agenda de Género.',
    },
  ];
}

export function sampleEvidence(count: number): EvidenceFile[] {
  return Array.from({ length: count }, (_, i) => ({
    fileName: `A-3_medio-verificación_${String(i + 1).padStart(2, '0')}.pdf`,
    sha256: sha256(`evidencia ${i}`),
    size: 48_213 + i * 391_117,
    mediaType: 'application/pdf',
  }));
}

function visaContent(year: FixtureYear): VisaCertificateContent {
  const documents = (['plan', 'work-programme'] as const).map((kind) => ({
    title: RECORD_TITLES[kind],
    code: recordCode(year, kind, 3),
    version: 3,
    sha256: sha256(loadFixture(kind, year)),
  }));
  return {
    stageTitle: gateStageLabel('planning'),
    documents,
    expert: { name: PEOPLE.expert },
    grantedAt: `${year}-04-20T15:40:00.000Z`,
    comment: 'Se otorga el V°B° técnico. Se recomienda reforzar la medición del indicador IA-3 en el segundo semestre.',
  };
}

// The plan's three indicators with their measurements up to the evaluated year: semesters of
// beneficiaries, yearly rates, and a year without data on IND-3.
export function sampleIndicatorCharts(year: number): IndicatorChart[] {
  const years = [year - 3, year - 2, year - 1, year].map(String);
  return [
    {
      code: 'IND-1',
      name: 'Porcentaje de mujeres beneficiarias del Capital Semilla Regional',
      unit: 'count',
      periods: years.slice(1).flatMap((y) => [`${y}-S1`, `${y}-S2`]),
      women: [88, 97, 101, 109, 96, 116],
      men: [214, 205, 219, 214, 232, 187],
    },
    {
      code: 'IND-2',
      name: 'Tasa de término de mujeres en cursos de asistencia técnica',
      unit: 'percent',
      periods: years,
      women: [62, 64.5, 68.1, 71.3],
      men: [78.7, 81.2, 80.4, 81],
    },
    {
      code: 'IND-3',
      name: 'Porcentaje de organizaciones asociativas apoyadas presididas por mujeres',
      unit: 'percent',
      periods: years,
      women: [16.1, 17.4, null, 19.8],
      men: [83.9, 82.6, null, 80.2],
    },
  ];
}

// The dossier's master list of a cycle with `count` records: the first obsolete, the last still
// being issued.
export function sampleMasterList(count: number): MasterListData {
  const history = { seq: 87, sha256: sha256('historial') };
  const entries = Array.from({ length: count }, (_, i) => {
    const kind = RECORD_KINDS[i % RECORD_KINDS.length];
    const pending = i === count - 1;
    return {
      code: recordCode(2027, kind, 1, i + 1),
      title: RECORD_TITLES[kind],
      version: 1,
      status: pending ? ('pending' as const) : ('issued' as const),
      obsolete: i === 0,
      sha256: pending ? null : sha256(i),
      approvals: sampleChain(kind, 1, 2027),
    };
  });
  return {
    agency: SAMPLE_AGENCY,
    year: 2027,
    generatedAt: '2027-12-02T01:14:12.379Z',
    history,
    verifyUrl: `${PUBLIC_URL}/verify/${history.sha256}`,
    entries,
  };
}
