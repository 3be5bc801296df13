import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '../../workflows/document-kinds';
import { validateContent } from '../documents/content';
import { DEMO_PEOPLE, demoContent } from './demo-fixtures';

const KINDS = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];
const NAMES = DEMO_PEOPLE.map((p) => p.name);

// Every string value under a key, anywhere in a document.
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
    ...(k === key ? [v] : []),
    ...valuesOf(v, key),
  ]);
}

describe('demo documents', () => {
  it.each([2026, 2031])('are valid documents of the %i cycle, dated in its year', (year) => {
    for (const kind of KINDS) {
      const result = validateContent(kind, demoContent(kind, year));
      expect([kind, result.ok ? [] : result.errors]).toEqual([kind, []]);
    }
    const programme = demoContent('work-programme', year) as { year: number; activities: { schedule: object }[] };
    expect(programme.year).toBe(year);
    for (const date of programme.activities.flatMap((a) => Object.values(a.schedule) as string[]))
      expect(date.startsWith(`${year}-`)).toBe(true);
    expect(JSON.stringify(demoContent('progress-report', year))).toContain(`${year}-06-30`);
  });

  it('name the demo people wherever they name a person', () => {
    for (const kind of KINDS) {
      const content = demoContent(kind, 2028);
      for (const responsible of valuesOf(content, 'responsible'))
        expect([kind, NAMES.some((name) => String(responsible).startsWith(`${name}, `))]).toEqual([kind, true]);
    }
    const review = demoContent('management-review', 2028) as { attendees: { name: string }[] };
    expect(review.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Mónica Fuentealba Rojas', 'Andrés Núñez Castillo', 'Carolina Muñoz Pérez']),
    );
    for (const { name } of review.attendees) expect(NAMES).toContain(name);
    const centres = DEMO_PEOPLE.flatMap((p) => (p.centre ? [p.centre] : []));
    for (const centre of valuesOf(demoContent('standardisation', 2028), 'responsibleCentre'))
      expect(centres).toContain(centre);
    // No post of the example documents is left without its person.
    for (const kind of KINDS) expect(JSON.stringify(demoContent(kind, 2028))).not.toMatch(/"responsible":"Jefatura/);
  });
});
