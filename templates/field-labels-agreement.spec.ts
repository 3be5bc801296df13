import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import type { FixtureYear } from '../test/fixtures/cycle';
import { FIELD_LABELS, MEASURE_STEP_LABELS } from '../workflows/field-labels';
import { INDICATOR_AND_FORMULA } from './parts/indicator';
import * as frame from './parts/record-document';
import { RECORD_KINDS, type RecordKind } from './record-data';
import { recordDefinition } from './record-templates';
import { CHANGES_OR_NEW_PROCEDURE } from './standardisation.template';
import { sampleRecord } from './testing/record-samples';

// The records name the fields of the content with the words of workflows/field-labels.ts, the
// words the web app shows. Each record's own titles (table headers, field labels, headings,
// bold "Label: " prefixes) are read from the body its template gives recordDocument for the
// example cycle: every one is a field's label, a label with a number, an id or a year, or a
// title this list declares is not a field's.

// Titles that name no content field: the record's own sections, computed columns, and the
// visa certificate, whose content is not a document's.
const NOT_FIELD_TITLES: Readonly<Partial<Record<RecordKind, readonly string[]>>> = {
  'activity-record': ['Actividad realizada', 'Total', '% mujeres'],
  diagnostic: ['Total', '% mujeres'],
  evaluation: ['Resultados de los indicadores por sexo'],
  'management-review': ['Análisis', 'Pregunta'],
  standardisation: ['Incorporación del enfoque de género en la provisión de bienes y servicios'],
  'strategic-definitions': [
    'Ficha A1: productos estratégicos y aplicación del enfoque de género',
    'Formulario H: indicadores de desempeño con enfoque de género',
    'Mide',
  ],
  'visa-certificate': ['Documentos visados', 'Documento y huella SHA-256', 'Versión', 'Comentario', 'Otorgado por'],
};

const LABELS: ReadonlySet<string> = new Set(Object.values(FIELD_LABELS));

// Headers made of two labels, and the plan's groups of measures, headed by a coded value.
const COMPOSED: ReadonlySet<string> = new Set([
  INDICATOR_AND_FORMULA,
  CHANGES_OR_NEW_PROCEDURE,
  ...Object.values(MEASURE_STEP_LABELS),
]);

const YEARS: readonly FixtureYear[] = [2027, 2028];

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object' && node !== null && 'text' in node) return textOf(node.text);
  return '';
}

const hasStyle = (style: unknown, name: string): boolean =>
  style === name || (Array.isArray(style) && style.includes(name));

// Table headers, field labels, headings and bold "Label: " prefixes, in order.
function titles(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) titles(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const n = node as Record<string, unknown>;
    const text = textOf(n).replace(/\u200B/g, '');
    const titled = hasStyle(n.style, 'tableHeader') || hasStyle(n.style, 'label') || n.headlineLevel !== undefined;
    if (titled) found.push(text.trim());
    else if (n.bold === true && text.endsWith(': ')) found.push(text.slice(0, -2));
    for (const value of Object.values(n)) titles(value, found);
  }
  return found;
}

// The body a template gives recordDocument, without what every record shares around it.
function bodyOf(kind: RecordKind, year: FixtureYear): Content[] {
  const spy = jest.spyOn(frame, 'recordDocument');
  try {
    recordDefinition(sampleRecord(kind, { year }));
    expect(spy).toHaveBeenCalledTimes(1);
    return spy.mock.calls[0][1];
  } finally {
    spy.mockRestore();
  }
}

// 'Brecha', '4. Productos estratégicos', 'Producto estratégico PE-1', '¿…? (etapa 1)', '… (2026)'.
function isFieldTitle(title: string): boolean {
  const bare = title.replace(/^\d+\. /, '').replace(/ \((?:\d{4}|etapa \d)\)$/, '');
  if (LABELS.has(bare) || COMPOSED.has(bare)) return true;
  const id = /^(.+) [A-Z]+-\d+$/.exec(bare);
  return id !== null && LABELS.has(id[1]);
}

describe.each(RECORD_KINDS.flatMap((kind) => YEARS.map((year) => [kind, year] as const)))(
  '%s record of %i',
  (kind, year) => {
    it('titles its content fields with their labels', () => {
      const own = titles(bodyOf(kind, year));
      expect(own.length).toBeGreaterThan(0);
      const notFields = NOT_FIELD_TITLES[kind] ?? [];
      expect(own.filter((title) => !isFieldTitle(title) && !notFields.includes(title))).toEqual([]);
    });
  },
);

// A title written by hand agrees with its label only until the label changes: the templates
// call fieldLabel, and a title they write by hand is one the list above declares.
describe('template sources', () => {
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.template.ts'));
  const declared = new Set(Object.values(NOT_FIELD_TITLES).flat());
  const HAND_WRITTEN =
    /(?:header: |heading\(|field\(|text: )(['`])((?:(?!\1)[^\\$]|\\.)*)\1(?=[,)]\s*(?:bold: true|weight|\d|$))/gm;

  it.each(files.filter((file) => file !== 'master-list.template.ts'))('%s writes no field title by hand', (file) => {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const written = [...source.matchAll(HAND_WRITTEN)].map((m) => m[2].replace(/: $/, ''));
    expect(written.filter((title) => !declared.has(title))).toEqual([]);
  });
});
