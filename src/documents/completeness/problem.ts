import type { DocumentKind } from '../../../workflows/document-kinds';
import { DOCUMENT_KIND_LABELS } from '../../../workflows/labels';
import type { ContentByKind, IndicatorFormula } from '../content';

// What blocks a SUBMIT: path prefixed by the kind (e.g. 'plan.measures[3].inequityIds'),
// message in Spanish saying what is missing.
export interface Problem {
  path: string;
  message: string;
}

export type CycleDocuments = Partial<ContentByKind>;

export interface CompletenessInput {
  // The kinds being submitted together (or the register entry being recorded).
  kinds: readonly DocumentKind[];
  // The submitted documents plus whatever else of the cycle the checks need.
  documents: CycleDocuments;
  previousFollowUpProgramme: ContentByKind['follow-up-programme'] | null;
}

// The procedure's names of the documents (workflows/labels.ts), under the name the checks use.
export const DOCUMENT_LABELS = DOCUMENT_KIND_LABELS;

export function at(base: string, ...segments: (string | number)[]): string {
  return segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : `${path}.${s}`), base);
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

export class Problems {
  readonly list: Problem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  // "Falta(n) <what>." when the text is missing or blank; `what` starts with its article.
  text(path: string, value: string | undefined, what: string): void {
    if (isBlank(value)) this.add(path, `${/^(los|las) /.test(what) ? 'Faltan' : 'Falta'} ${what}.`);
  }

  // Reports an empty list and returns it as an array either way.
  nonEmpty<T>(path: string, items: readonly T[] | undefined, message: string): readonly T[] {
    if (items === undefined || items.length === 0) this.add(path, message);
    return items ?? [];
  }

  formula(path: string, formula: IndicatorFormula | undefined, requireDenominator: boolean): void {
    this.text(at(path, 'numerator'), formula?.numerator, 'el numerador de la fórmula de cálculo');
    if (requireDenominator) {
      this.text(at(path, 'denominator'), formula?.denominator, 'el denominador de la fórmula de cálculo');
    }
    this.text(at(path, 'unit'), formula?.unit, 'la unidad de medida de la fórmula de cálculo');
  }

  // The documents of the cycle a check needs; a missing one is itself a problem.
  document<K extends DocumentKind>(input: CompletenessInput, kind: K): ContentByKind[K] | undefined {
    const doc: ContentByKind[K] | undefined = input.documents[kind];
    if (doc === undefined) this.add(kind, `Falta el documento «${DOCUMENT_LABELS[kind]}» del ciclo.`);
    return doc;
  }
}
