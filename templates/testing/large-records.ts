import type { RecordContentByKind, RecordData, RecordKind } from '../record-data';
import { sampleContent, sampleEvidence, sampleRecord } from './record-samples';

// Records of an agency much larger than the example one (30 products, 200 activities...),
// made by repeating the example cycle's items under new identifiers.

// n items cycling through the examples; id(i) is the new identifier of the i-th.
function grow<T>(items: readonly T[] | undefined, n: number, relabel: (item: T, i: number) => T): T[] {
  const source = items ?? [];
  if (source.length === 0) return [];
  return Array.from({ length: n }, (_, i) => relabel(source[i % source.length], i));
}

const id = (prefix: string, i: number): string => `${prefix}-${i + 1}`;

type Builders = { [K in RecordKind]: () => RecordContentByKind[K] };

const LARGE: Builders = {
  'strategic-definitions': () => {
    const c = sampleContent('strategic-definitions');
    return {
      products: grow(c.products, 30, (p, i) => ({ ...p, id: id('PE', i) })),
      indicators: grow(c.indicators, 30, (x, i) => ({ ...x, code: id('H', i), productId: id('PE', i) })),
    };
  },
  diagnostic: () => {
    const c = sampleContent('diagnostic');
    return {
      ...c,
      products: grow(c.products, 30, (p, i) => ({
        ...p,
        productId: id('PE', i),
        inequities: p.inequities?.map((x, j) => ({ ...x, id: `INQ-${i + 1}.${j + 1}` })),
        barriers: p.barriers?.map((x, j) => ({ ...x, id: `B-${i + 1}.${j + 1}` })),
      })),
      informationSystems: {
        ...c.informationSystems,
        systems: grow(c.informationSystems?.systems, 12, (s, i) => ({ ...s, id: id('SI', i) })),
      },
    };
  },
  plan: () => {
    const c = sampleContent('plan');
    return {
      ...c,
      specificObjectives: grow(c.specificObjectives, 12, (o, i) => ({ ...o, id: id('OE', i) })),
      inequities: grow(c.inequities, 30, (x, i) => ({ ...x, inequityId: id('INQ', i) })),
      measures: grow(c.measures, 80, (m, i) => ({ ...m, id: id('M', i) })),
      indicators: grow(c.indicators, 30, (x, i) => ({ ...x, code: id('IND', i) })),
    };
  },
  'work-programme': () => {
    const c = sampleContent('work-programme');
    return {
      ...c,
      indicators: grow(c.indicators, 40, (x, i) => ({ ...x, code: id('IA', i) })),
      activities: grow(c.activities, 200, (a, i) => ({ ...a, id: id('A', i) })),
    };
  },
  'activity-record': () => ({
    ...sampleContent('activity-record'),
    verificationMeans: grow(sampleContent('activity-record').verificationMeans, 12, (v) => v),
  }),
  'progress-report': () => {
    const c = sampleContent('progress-report');
    return {
      ...c,
      activitiesDone: Array.from({ length: 120 }, (_, i) => id('A', i)),
      difficulties: grow(c.difficulties, 20, (x) => x),
      facilitators: grow(c.facilitators, 20, (x) => x),
      modifications: grow(c.modifications, 15, (x) => x),
      indicatorResults: grow(c.indicatorResults, 40, (x, i) => ({ ...x, indicatorCode: id('IA', i) })),
    };
  },
  evaluation: () => {
    const c = sampleContent('evaluation', 2028);
    return {
      objectivesProgress: grow(c.objectivesProgress, 13, (x, i) => ({ ...x, objectiveId: id('OE', i) })),
      measuresProgress: grow(c.measuresProgress, 80, (x, i) => ({ ...x, measureId: id('M', i) })),
      indicatorResults: grow(c.indicatorResults, 40, (x, i) => ({ ...x, indicatorCode: id('IND', i) })),
      recommendations: grow(c.recommendations, 30, (x, i) => ({ ...x, id: id('R', i) })),
      previousYearFollowUp: grow(c.previousYearFollowUp, 30, (x, i) => ({ ...x, commitmentId: id('C', i) })),
    };
  },
  'follow-up-programme': () => {
    const c = sampleContent('follow-up-programme');
    return { commitments: grow(c.commitments, 60, (x, i) => ({ ...x, id: id('C', i) })) };
  },
  'management-review': () => {
    const c = sampleContent('management-review');
    return { ...c, attendees: grow(c.attendees, 20, (x) => x) };
  },
  dissemination: () => {
    const c = sampleContent('dissemination');
    return { actions: grow(c.actions, 60, (x, i) => ({ ...x, id: id('D', i) })) };
  },
  standardisation: () => {
    const c = sampleContent('standardisation');
    return { products: grow(c.products, 30, (x, i) => ({ ...x, productId: id('PE', i) })) };
  },
  'visa-certificate': () => sampleContent('visa-certificate'),
};

export function largeRecord<K extends RecordKind>(kind: K): RecordData<K> {
  const build: () => RecordContentByKind[K] = LARGE[kind];
  const record = sampleRecord(kind, { content: build() });
  if (record.evidence !== undefined) record.evidence = sampleEvidence(25);
  return record;
}
