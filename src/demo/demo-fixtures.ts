import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentKind } from '../../workflows/document-kinds';
import type { AgencyRole } from '../../workflows/roles';

export interface DemoPerson {
  role: AgencyRole | 'sernam_expert';
  local: string;
  name: string;
  // How the documents name this person's post.
  position: string;
  // Centre leads only: the unit they lead, as the standardisation record names it.
  centre?: string;
  // The responsibilities of the example documents (test/fixtures/cycle) this person holds.
  responsibleFor?: readonly string[];
  // Whether they sit in the management review.
  attendsReview?: boolean;
}

// The demo agency's people. The example documents name posts ('Jefatura del Departamento de
// Financiamiento'); the demo puts these people's names in them, so that who is named in a work
// programme or a commitment is someone who can sign in.
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    role: 'gender_officer',
    local: 'encargada.genero',
    name: 'Carolina Muñoz Pérez',
    position: 'Encargada del Sistema Enfoque de Género',
    responsibleFor: ['Encargada del Sistema Enfoque de Género', 'Jefatura del Departamento de Gestión de Personas'],
    attendsReview: true,
  },
  {
    role: 'centre_lead',
    local: 'centro.financiamiento',
    name: 'Jorge Sepúlveda Araya',
    position: 'Jefe del Departamento de Financiamiento',
    centre: 'Departamento de Financiamiento',
    responsibleFor: ['Jefatura del Departamento de Financiamiento'],
    attendsReview: true,
  },
  {
    role: 'centre_lead',
    local: 'centro.asistencia',
    name: 'Valentina Carrasco Mella',
    position: 'Jefa del Departamento de Asistencia Técnica',
    centre: 'Departamento de Asistencia Técnica',
    responsibleFor: ['Jefatura del Departamento de Asistencia Técnica'],
  },
  {
    role: 'centre_lead',
    local: 'centro.asociatividad',
    name: 'Cristián Orellana Vidal',
    position: 'Jefe del Departamento de Asociatividad',
    centre: 'Departamento de Asociatividad',
    responsibleFor: ['Jefatura del Departamento de Asociatividad'],
  },
  {
    role: 'agency_head',
    local: 'jefatura',
    name: 'Mónica Fuentealba Rojas',
    position: 'Directora Nacional (Jefa de Servicio)',
    attendsReview: true,
  },
  {
    role: 'quality_team',
    local: 'calidad',
    name: 'Andrés Núñez Castillo',
    position: 'Jefe del Departamento de Planificación y Control de Gestión, coordinador del Comité de la Calidad',
    responsibleFor: [
      'Jefatura del Departamento de Planificación y Control de Gestión',
      'Jefatura de la Unidad de Tecnologías de la Información',
    ],
    attendsReview: true,
  },
  { role: 'auditor', local: 'auditoria', name: 'Patricia Valdés Soto', position: 'Auditora Interna' },
  {
    role: 'sernam_expert',
    local: 'experta.sernam',
    name: 'Francisca Ibáñez Lagos',
    position: 'Red de Expertos SERNAM',
  },
];

// The year the example documents are written for; a demo cycle of another year gets them with
// every year moved by the difference (dates, "Boletín Estadístico 2027", the work programme's year).
const FIXTURE_YEAR = 2027;

// The demo reuses the example cycle the tests use (test/fixtures/cycle), from source or dist/.
function fixturesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'cycle');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  throw new Error('No se encontró test/fixtures/cycle: la demostración se ejecuta desde el repositorio');
}

const shiftYears = (text: string, by: number): string =>
  by === 0 ? text : text.replace(/(?<![0-9])20([2-3][0-9])(?![0-9])/g, (year) => String(Number(year) + by));

const RESPONSIBLE = new Map(
  DEMO_PEOPLE.flatMap((p) => (p.responsibleFor ?? []).map((post) => [post, `${p.name}, ${p.position}`] as const)),
);

function withDemoPeople(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => withDemoPeople(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDemoPeople(v, k)]));
  }
  if (key === 'responsible' && typeof value === 'string') {
    const person = RESPONSIBLE.get(value);
    if (!person) throw new Error(`La demostración no tiene a quién asignar «${value}»`);
    return person;
  }
  return value;
}

// One document of the demo agency for a cycle year: the example cycle's, with the demo people.
export function demoContent(kind: DocumentKind, year: number = FIXTURE_YEAR): unknown {
  const text = readFileSync(join(fixturesDir(), `${kind}.json`), 'utf8');
  const content = withDemoPeople(JSON.parse(shiftYears(text, year - FIXTURE_YEAR))) as Record<string, unknown>;
  if (kind === 'management-review') {
    content.attendees = DEMO_PEOPLE.filter((p) => p.attendsReview).map((p) => ({ name: p.name, role: p.position }));
  }
  return content;
}
