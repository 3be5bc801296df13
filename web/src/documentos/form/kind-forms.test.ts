import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '@procedure/document-kinds';
import {
  FIELD_LABELS,
  fieldHelp,
  isFieldName,
  orderedFields,
  UNKNOWN_FIELD_LABEL,
  valueLabel,
} from '@procedure/field-labels';
import { describe, expect, it } from 'vitest';
import schemas from '../../api/document-kinds.json';
import activityRecord from '../../../../test/fixtures/cycle/activity-record.json';
import diagnostic from '../../../../test/fixtures/cycle/diagnostic.json';
import dissemination from '../../../../test/fixtures/cycle/dissemination.json';
import evaluation from '../../../../test/fixtures/cycle/evaluation.json';
import followUpProgramme from '../../../../test/fixtures/cycle/follow-up-programme.json';
import managementReview from '../../../../test/fixtures/cycle/management-review.json';
import plan from '../../../../test/fixtures/cycle/plan.json';
import progressReport from '../../../../test/fixtures/cycle/progress-report.json';
import standardisation from '../../../../test/fixtures/cycle/standardisation.json';
import strategicDefinitions from '../../../../test/fixtures/cycle/strategic-definitions.json';
import workProgramme from '../../../../test/fixtures/cycle/work-programme.json';
import { citableOptions } from './citable';
import { fieldsOf, LONG_TEXT, type FieldNode, type JsonSchema } from './schema-tree';

// Every kind's form, drawn as the app draws it: from the kind's JSON Schema as the API serves it
// (web/src/api/document-kinds.json, written by `npm run api:types` and checked against the live
// schemas by src/document-kinds/content-schema.spec.ts). The form says what workflows/
// field-labels.ts says (the words the records use, templates/field-labels-agreement.spec.ts),
// in the guide's order, and every picker lists the example cycle's items as "code — text".

const KINDS = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];
const SCHEMAS = schemas as unknown as Record<string, JsonSchema>;
const EXAMPLES: Record<string, unknown> = {
  'strategic-definitions': strategicDefinitions,
  diagnostic,
  plan,
  'work-programme': workProgramme,
  'activity-record': activityRecord,
  'progress-report': progressReport,
  evaluation,
  'follow-up-programme': followUpProgramme,
  'management-review': managementReview,
  dissemination,
  standardisation,
};

interface Leaf {
  kind: string;
  path: string;
  node: FieldNode;
}

function children(node: FieldNode): FieldNode[] {
  if (node.type === 'object' || node.type === 'objectList') return node.fields;
  if (node.type === 'counts') return [node.women, node.men];
  return [];
}

// Every node of a kind's form, with its place spelled as the schema spells it ('products[].gap').
function nodesOf(kind: string): Leaf[] {
  const out: Leaf[] = [];
  const walk = (nodes: readonly FieldNode[], path: string) => {
    for (const node of nodes) {
      const here = path === '' ? node.key : `${path}.${node.key}`;
      out.push({ kind, path: here, node });
      walk(children(node), node.type === 'objectList' ? `${here}[]` : here);
    }
  };
  walk(fieldsOf(SCHEMAS[kind] ?? {}), '');
  return out;
}

const FORMS = KINDS.map((kind) => ({ kind, nodes: nodesOf(kind) }));
const ALL = FORMS.flatMap((f) => f.nodes);

// The guide's order (§6.2 and the flowchart of §6.1) of each document's parts and of the parts of
// its main items.
const GUIDE_ORDER: [kind: string, path: string, keys: string[]][] = [
  ['strategic-definitions', '', ['products', 'indicators']],
  ['diagnostic', '', ['missionAnalysis', 'genderAgenda', 'strategicObjectives', 'products', 'informationSystems']],
  ['diagnostic', 'missionAnalysis', ['mission', 'inequitiesAndGaps', 'barriers']],
  [
    'diagnostic',
    'genderAgenda',
    ['genderAgenda', 'ministerialCommitments', 'institutionalPriorities', 'applicableGuidelines'],
  ],
  ['diagnostic', 'strategicObjectives', ['analysis', 'institutionalProcesses', 'externalActors']],
  [
    'diagnostic',
    'products',
    [
      'productId',
      'clients',
      'clientsCharacterisation',
      'designReview',
      'implementationReview',
      'genderFocusNotApplicable',
      'notApplicableReason',
      'inequities',
      'barriers',
    ],
  ],
  ['diagnostic', 'products[].inequities', ['id', 'description', 'gap']],
  [
    'diagnostic',
    'informationSystems',
    ['systems', 'clientStatisticsAnalysis', 'sectorStatisticsReview', 'directUserSystemsReview'],
  ],
  [
    'diagnostic',
    'informationSystems.systems',
    ['id', 'name', 'scope', 'disaggregation', 'disaggregationDetail', 'stagesNeedingMeasures'],
  ],
  [
    'plan',
    '',
    [
      'generalObjective',
      'specificObjectives',
      'inequities',
      'genderAgendaConsistency',
      'measures',
      'notAddressedInequities',
      'indicators',
    ],
  ],
  ['plan', 'inequities', ['inequityId', 'description', 'barrierIds']],
  ['plan', 'measures', ['id', 'step', 'productId', 'complementaryArea', 'description', 'inequityIds', 'justification']],
  [
    'plan',
    'indicators',
    ['code', 'name', 'formula', 'verificationMeans', 'actualData', 'mediumTermGoal', 'longTermGoal'],
  ],
  ['work-programme', '', ['year', 'indicators', 'activities']],
  ['work-programme', 'activities', ['id', 'measureId', 'description', 'schedule', 'verificationMeans', 'responsible']],
  [
    'evaluation',
    '',
    ['objectivesProgress', 'measuresProgress', 'indicatorResults', 'recommendations', 'previousYearFollowUp'],
  ],
  ['evaluation', 'previousYearFollowUp', ['commitmentId', 'status', 'actions', 'justification']],
  [
    'follow-up-programme',
    'commitments',
    ['id', 'recommendationId', 'description', 'deadline', 'goal', 'indicator', 'responsible'],
  ],
  ['management-review', '', ['date', 'attendees', 'workProgrammeAnalysis', 'commitmentsAnalysis', 'decisions']],
  ['management-review', 'decisions', ['modifyDiagnostic', 'modifyPlan', 'modifyFollowUpProgramme']],
  ['dissemination', 'actions', ['id', 'audience', 'channel', 'date', 'description']],
  [
    'standardisation',
    'products',
    [
      'productId',
      'insideQms',
      'procedureName',
      'procedureCode',
      'changesMade',
      'newProcedureSummary',
      'responsibleCentre',
    ],
  ],
  [
    'progress-report',
    '',
    [
      'period',
      'activitiesDone',
      'difficulties',
      'facilitators',
      'modifications',
      'indicatorResults',
      'certifyingDocuments',
    ],
  ],
];

describe('the form of every kind of document', () => {
  it('is drawn for every kind, with fields', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual([...KINDS].sort());
    for (const { kind, nodes } of FORMS) expect([kind, nodes.length > 2]).toEqual([kind, true]);
    expect(ALL.length).toBeGreaterThan(150);
  });

  it('titles every field with its Spanish label from workflows/field-labels.ts', () => {
    const wrong = ALL.filter(
      ({ node }) => !isFieldName(node.key) || node.title !== FIELD_LABELS[node.key] || String(node.title) === node.key,
    ).map(({ kind, path, node }) => `${kind}.${path}: «${node.title}»`);
    expect(wrong).toEqual([]);
    expect(ALL.some(({ node }) => node.title === UNKNOWN_FIELD_LABEL)).toBe(false);
  });

  it('shows the guide’s help for each field, the one for its place first', () => {
    const wrong = ALL.filter(({ kind, path, node }) => node.description !== fieldHelp(node.key, kind, path)).map(
      ({ kind, path }) => `${kind}.${path}`,
    );
    expect(wrong).toEqual([]);
    const helped = ALL.filter(({ node }) => node.description !== undefined).length;
    expect(helped / ALL.length).toBeGreaterThan(0.6);
  });

  it('names every coded value in Spanish, never by its code', () => {
    const coded = ALL.flatMap(({ kind, path, node }) =>
      node.type === 'enum' || node.type === 'enumList'
        ? node.options.map((o) => ({
            where: `${kind}.${path}=${o.value}`,
            ok: o.label === valueLabel(node.key, o.value),
          }))
        : [],
    );
    expect(coded.length).toBeGreaterThan(20);
    expect(coded.filter((c) => !c.ok).map((c) => c.where)).toEqual([]);
  });

  it('lays out each document and its items in the guide’s order', () => {
    for (const [kind, path, keys] of GUIDE_ORDER) {
      const fields =
        path === ''
          ? fieldsOf(SCHEMAS[kind] ?? {})
          : children(
              ALL.find((leaf) => leaf.kind === kind && leaf.path.replace(/\[\]/g, '') === path.replace(/\[\]/g, ''))!
                .node,
            );
      expect([kind, path, fields.map((f) => f.key)]).toEqual([kind, path, keys]);
    }
  });

  it('keeps the order the documents are read in (the order of the labels), so form and view agree', () => {
    const groups: { kind: string; path: string; fields: FieldNode[] }[] = FORMS.map(({ kind }) => ({
      kind,
      path: '',
      fields: fieldsOf(SCHEMAS[kind] ?? {}),
    }));
    for (const { kind, path, node } of ALL) {
      if (node.type === 'object' || node.type === 'objectList') groups.push({ kind, path, fields: node.fields });
    }
    const misordered = groups.flatMap(({ kind, path, fields }) => {
      const keys = fields.filter((f) => f.type !== 'id').map((f) => f.key);
      return orderedFields(keys).join() === keys.join() ? [] : [`${kind}.${path}: ${keys.join(', ')}`];
    });
    expect(misordered).toEqual([]);
  });

  it('gives long texts a growing editor, and counts by sex their own control', () => {
    const wrong = ALL.filter(({ node }) =>
      node.type === 'longText'
        ? (node.maxLength ?? 0) <= LONG_TEXT
        : node.type === 'text' && (node.maxLength ?? Infinity) > LONG_TEXT,
    );
    expect(wrong.map(({ kind, path }) => `${kind}.${path}`)).toEqual([]);
    const counts = ALL.filter(({ node }) => node.type === 'counts').map(({ kind, path }) => `${kind}.${path}`);
    expect(counts).toEqual(['diagnostic.products[].clients', 'activity-record.participants']);
  });

  it('lets every item of a list be keyed: a proposed code, or one chosen among what it cites', () => {
    const lists = ALL.filter(({ node }) => node.type === 'objectList');
    const unkeyed = lists
      .filter(({ node }) => node.type === 'objectList' && node.fields.some((f) => f.type === 'id') && !node.idField)
      .map(({ kind, path }) => `${kind}.${path}`);
    expect(unkeyed).toEqual([]);
  });

  it('lists in every picker the example cycle’s items as "code — text"', () => {
    const pickers = ALL.filter(
      ({ node }) => node.type === 'ref' || node.type === 'refList' || (node.type === 'id' && node.cites !== undefined),
    );
    expect(pickers.length).toBeGreaterThanOrEqual(18);
    const problems = pickers.flatMap(({ kind, path, node }) => {
      const cites = 'cites' in node ? node.cites : undefined;
      if (!cites) return [`${kind}.${path}: no dice qué cita`];
      const options = citableOptions(EXAMPLES[cites.kind], cites, cites.textFrom && EXAMPLES[cites.textFrom.kind]);
      if (options.length === 0) return [`${kind}.${path}: nada que elegir en «${cites.document}»`];
      return options.filter((o) => !o.label.startsWith(`${o.value} — `)).map((o) => `${kind}.${path}: ${o.label}`);
    });
    expect(problems).toEqual([]);
  });
});
