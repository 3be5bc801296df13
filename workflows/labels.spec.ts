import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStatus } from '../src/documents/store/cycle-document.entity';
import { STAGE_IDS } from './context';
import type { DecisionErrorCode } from './cycle-engine';
import { cycleMachine } from './cycle.machine';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from './document-kinds';
import { CYCLE_EVENT_TYPES } from './events';
import {
  ADJUSTMENT_LABEL,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  documentKindWithArticle,
  ERROR_LABELS,
  EVENT_ACTION_LABELS,
  EVENT_EXPECTATION_LABELS,
  gateStageLabel,
  HISTORY_ENTRY_LABELS,
  historyEntryLabel,
  isRole,
  MILESTONE_LABELS,
  RECORD_STATUS_LABELS,
  ROLE_LABELS,
  roleLabel,
  STAGE_LABELS,
  STAGE_SHORT_LABELS,
  stageLabel,
  stateLabel,
  UNKNOWN_STATE_LABEL,
  WRITE_EXPECTATION_LABEL,
} from './labels';
import { ROLES } from './roles';

// Every state the machine declares, compound ones included, as 'stage.phase' paths.
interface StateNodeLike {
  path: string[];
  states: Record<string, StateNodeLike>;
}
const statePaths = (node: StateNodeLike): string[] => [
  ...(node.path.length > 0 ? [node.path.join('.')] : []),
  ...Object.values(node.states).flatMap(statePaths),
];
const STATES = statePaths(cycleMachine.root);

// The history entry types the service writes: the machine's events, plus the work entries
// named where they are appended (appendWork(manager, cycle, 'TYPE', …) or append(…, { type: 'TYPE' …})).
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => join(dir, file));
}
function historyTypesWritten(): string[] {
  const found = new Set<string>();
  const patterns = [
    /appendWork\(\s*[^,()]+,\s*[^,()]+,\s*'([A-Z][A-Z0-9_]*)'/g,
    /\.append\(\s*[^,()]+,\s*[^,()]+,\s*\{\s*type:\s*'([A-Z][A-Z0-9_]*)'/g,
  ];
  for (const file of sourceFiles(join(__dirname, '..', 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return [...found].sort();
}
const WRITTEN_ENTRY_TYPES = historyTypesWritten();

const KINDS = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];
const STATE_SEGMENTS = [...new Set(STATES.flatMap((s) => s.split('.')))];
const CODES = new Set<string>([
  ...STAGE_IDS,
  ...STATES,
  ...STATE_SEGMENTS,
  ...KINDS,
  ...ROLES,
  ...CYCLE_EVENT_TYPES,
  ...WRITTEN_ENTRY_TYPES,
  ...Object.keys(HISTORY_ENTRY_LABELS),
  ...Object.keys(DOCUMENT_STATUS_LABELS),
  ...Object.keys(ERROR_LABELS),
  ...Object.keys(MILESTONE_LABELS),
]);

// Any word written as code: camelCase, UPPER_SNAKE, snake_case, kebab-case or a dotted path.
const CODE_SHAPES = [
  /\b[a-z]+[A-Z][A-Za-z]*\b/,
  /\b[A-Z0-9]+_[A-Z0-9_]+\b/,
  /\b[a-z]+_[a-z_]+\b/,
  /(^|\s)[a-z]+-[a-z-]+(\s|$)/,
  /\b[a-zA-Z]+\.[a-zA-Z]+\b/,
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rawCodeIn(label: string): string | null {
  if (CODES.has(label)) return label;
  for (const code of CODES) {
    if (new RegExp(`(^|[^\\p{L}\\p{N}_-])${escape(code)}($|[^\\p{L}\\p{N}_-])`, 'u').test(label)) return code;
  }
  const shape = CODE_SHAPES.map((re) => re.exec(label)).find((m) => m !== null);
  return shape ? shape[0].trim() : null;
}

const LABEL_TABLES: Record<string, Readonly<Record<string, string>>> = {
  STAGE_LABELS,
  STAGE_SHORT_LABELS,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  EVENT_ACTION_LABELS,
  EVENT_EXPECTATION_LABELS,
  HISTORY_ENTRY_LABELS,
  ERROR_LABELS,
  MILESTONE_LABELS,
  RECORD_STATUS_LABELS,
  ROLE_LABELS,
  WRITE_EXPECTATION_LABEL: { inbox: WRITE_EXPECTATION_LABEL },
};

describe('labels', () => {
  it('names every stage, in full and short', () => {
    for (const stage of [...STAGE_IDS, 'closed'] as const) {
      expect([stage, STAGE_LABELS[stage]]).toEqual([stage, expect.any(String)]);
      expect([stage, STAGE_SHORT_LABELS[stage]]).toEqual([stage, expect.any(String)]);
    }
    expect(Object.keys(STAGE_LABELS).sort()).toEqual([...STAGE_IDS, 'closed'].sort());
    expect(stageLabel('lunch')).toBe('Etapa desconocida');
    expect(stageLabel('constructor')).toBe('Etapa desconocida');
  });

  it('names every state the machine declares, walking its definition', () => {
    expect(STATES).toContain('implementation.adjustment.approved');
    expect(STATES).toContain('closed');
    const unnamed = STATES.filter((state) => stateLabel(state) === UNKNOWN_STATE_LABEL);
    expect(unnamed).toEqual([]);
    expect(new Set(STATES.map(stateLabel)).size).toBe(STATES.length);
    expect(stateLabel('diagnostic.submitted')).toBe('Diagnóstico: En aprobación de la Jefatura');
    expect(stateLabel('implementation.adjustment.approved')).toBe(
      'Implementación y monitoreo del Programa de Trabajo: Ajuste en visación de SERNAM',
    );
    expect(stateLabel('closed')).toBe('Ciclo cerrado');
    for (const unknown of ['diagnostic.lunch', 'lunch.draft', 'diagnostic.draft.x', 'constructor', ''])
      expect(stateLabel(unknown)).toBe(UNKNOWN_STATE_LABEL);
  });

  it('names every document kind and document status', () => {
    expect(Object.keys(DOCUMENT_KIND_LABELS).sort()).toEqual([...KINDS].sort());
    // The statuses a document row can hold must all be named (checked by the compiler).
    const statuses: Record<DocumentStatus, string> = DOCUMENT_STATUS_LABELS;
    expect(Object.keys(statuses)).toHaveLength(5);
  });

  it('names every role', () => {
    for (const role of ROLES) expect([role, roleLabel(role)]).toEqual([role, ROLE_LABELS[role]]);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect(isRole('constructor')).toBe(false);
    expect(roleLabel('toString')).toBe('Rol desconocido');
  });

  it('names every event: its button, what it expects, and its history entry', () => {
    for (const type of CYCLE_EVENT_TYPES) {
      expect([type, typeof EVENT_ACTION_LABELS[type]]).toEqual([type, 'string']);
      expect([type, typeof EVENT_EXPECTATION_LABELS[type]]).toEqual([type, 'string']);
      expect([type, HISTORY_ENTRY_LABELS[type]]).toEqual([type, expect.any(String)]);
    }
  });

  it('names every history entry type written in src/', () => {
    // The scan must find what it looks for, or it proves nothing.
    expect(WRITTEN_ENTRY_TYPES).toEqual(
      expect.arrayContaining(['CYCLE_CREATED', 'DOCUMENT_SAVED', 'RECORD_REGISTERED']),
    );
    const unnamed = [...WRITTEN_ENTRY_TYPES, ...CYCLE_EVENT_TYPES].filter(
      (type) => historyEntryLabel(type) === historyEntryLabel('NO_SUCH_ENTRY'),
    );
    expect(unnamed).toEqual([]);
  });

  it('explains every refusal code the engine gives', () => {
    const codes: Record<DecisionErrorCode, true> = {
      EVENT_NOT_ALLOWED: true,
      FORBIDDEN: true,
      SELF_APPROVAL: true,
      COMMENT_REQUIRED: true,
      INVALID_EVENT: true,
    };
    for (const code of Object.keys(codes)) expect([code, ERROR_LABELS[code]]).toEqual([code, expect.any(String)]);
  });

  it('gives each document its article in a sentence', () => {
    for (const kind of KINDS) expect(documentKindWithArticle(kind)).toMatch(/^(el|la) \p{Lu}/u);
    expect(documentKindWithArticle('diagnostic')).toBe('el Informe de Diagnóstico');
    expect(documentKindWithArticle('strategic-definitions')).toBe('la Ficha A1 y Formulario H');
  });

  it('titles each gate’s visa by what it covers', () => {
    expect(gateStageLabel('implementation')).toBe(ADJUSTMENT_LABEL);
    expect(gateStageLabel('diagnostic')).toBe('Diagnóstico');
  });

  it('never shows a raw code, an empty label or a lower-case sentence', () => {
    const raw: string[] = [];
    const labels = [
      ...Object.entries(LABEL_TABLES).flatMap(([table, entries]) =>
        Object.entries(entries).map(([code, label]) => ({ where: `${table}.${code}`, label })),
      ),
      ...STATES.map((state) => ({ where: `stateLabel(${state})`, label: stateLabel(state) })),
    ];
    for (const { where, label } of labels) {
      const code = rawCodeIn(label);
      if (code !== null) raw.push(`${where}: «${label}» contiene «${code}»`);
      if (label.trim() !== label || label.length < 3) raw.push(`${where}: «${label}»`);
      // Milestones are read inside a sentence ('Diagnóstico: envío a la Jefatura').
      if (!where.startsWith('MILESTONE_LABELS') && !/^[\p{Lu}¿¡]/u.test(label)) raw.push(`${where}: «${label}»`);
    }
    expect(raw).toEqual([]);
    // The checker itself catches codes.
    for (const bad of ['diagnostic.draft', 'work-programme', 'GRANT_VISA', 'gender_officer', 'En followUp'])
      expect([bad, rawCodeIn(bad)]).toEqual([bad, expect.any(String)]);
    expect(rawCodeIn('Plan y Programa de Trabajo')).toBeNull();
  });
});
