import { SINGLETON_DOCUMENT_KINDS, REGISTER_DOCUMENT_KINDS, type DocumentKind } from '../../workflows/document-kinds';
import { SUBMISSIONS, type CompletenessInput } from '../documents/completeness';
import { CONTENT_SCHEMAS, type ContentByKind } from '../documents/content';
import { fieldDefinitions } from '../documents/content/decorators';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];

// Which fields completeness requires, derived from the completeness checks themselves rather than
// declared a second time: every check runs on two made-up cycles, one where every document is
// empty and one where every list holds one item with only its id (the same id everywhere, so that
// every citation resolves). A field is required when a check reports it missing ("Falta…") at its
// path in either; rules that depend on other answers (a justification only when a commitment was
// not met) do not show up, and are left to the checks.

const SKELETON_ID = 'X';

function skeleton(type: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fieldDefinitions(type)) {
    if (field.type === 'id') out[field.property] = SKELETON_ID;
    else if (field.type === 'object' && field.of) out[field.property] = skeleton(field.of());
    else if (field.type === 'objectList' && field.of) out[field.property] = [skeleton(field.of())];
  }
  return out;
}

function cycleOf(make: (kind: DocumentKind) => object): Partial<ContentByKind> {
  return Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, make(kind)]));
}

// 'plan.measures[0].description' → ['plan', 'measures[].description'].
function split(path: string): [string, string] {
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  const rest = dot < 0 ? '' : path.slice(dot + 1);
  return [head, rest.replace(/\[\d+\]/g, '[]')];
}

let cached: ReadonlyMap<DocumentKind, ReadonlySet<string>> | undefined;

/** Per kind, the paths ('measures[].description') completeness reports when they are blank. */
export function requiredPaths(): ReadonlyMap<DocumentKind, ReadonlySet<string>> {
  if (cached) return cached;
  const byKind = new Map<DocumentKind, Set<string>>(DOCUMENT_KINDS.map((k) => [k, new Set<string>()]));
  const empty: CompletenessInput['documents'] = cycleOf(() => ({}));
  const full: CompletenessInput['documents'] = cycleOf((kind) => skeleton(CONTENT_SCHEMAS[kind]));
  const runs: Omit<CompletenessInput, 'kinds'>[] = [
    { documents: empty, previousFollowUpProgramme: null },
    {
      documents: full,
      previousFollowUpProgramme: skeleton(CONTENT_SCHEMAS['follow-up-programme']),
    },
  ];
  for (const submission of SUBMISSIONS) {
    for (const run of runs) {
      for (const problem of submission.check({ ...run, kinds: submission.kinds })) {
        if (!/^Faltan? /.test(problem.message)) continue;
        const [kind, path] = split(problem.path);
        if (path !== '') byKind.get(kind as DocumentKind)?.add(path);
      }
    }
  }
  cached = byKind;
  return byKind;
}
