import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { RECORD_KINDS } from './record-data';
import { recordDefinition } from './record-templates';
import { renderPdf } from './render';
import { sampleRecord } from './testing/record-samples';

// Templates are pure: the same data gives the same definition, whatever the clock, and the
// data is left as it was.

const PAGE = { width: 612, height: 792, orientation: 'portrait' as const };

// The header and footer are functions of the page number, compared by what they give for
// each page; every other function in a definition is a shared constant, compared as such.
function comparable(definition: TDocumentDefinitions): unknown {
  const pages = (part: TDocumentDefinitions['header']): unknown =>
    typeof part === 'function' ? [1, 2, 3].map((page) => part(page, 3, PAGE)) : part;
  return { ...definition, header: pages(definition.header), footer: pages(definition.footer) };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

describe.each(RECORD_KINDS.map((kind) => [kind]))('%s template', (kind) => {
  afterEach(() => jest.useRealTimers());

  it('gives deep-equal definitions for the same data', () => {
    const first = recordDefinition(sampleRecord(kind));
    const second = recordDefinition(sampleRecord(kind));
    expect(comparable(second)).toEqual(comparable(first));
    expect(JSON.stringify(comparable(second))).toBe(JSON.stringify(comparable(first)));
  });

  it('does not read the clock or draw random numbers', () => {
    const now = comparable(recordDefinition(sampleRecord(kind)));
    const random = jest.spyOn(Math, 'random');
    jest.useFakeTimers({ now: new Date('2031-12-31T23:59:59Z') });
    expect(comparable(recordDefinition(sampleRecord(kind)))).toEqual(now);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('leaves its data untouched', () => {
    const data = deepFreeze(sampleRecord(kind));
    expect(() => recordDefinition(data)).not.toThrow();
  });

  it('is not changed by rendering', async () => {
    const definition = recordDefinition(sampleRecord(kind));
    const before = JSON.stringify(comparable(definition));
    await renderPdf(definition);
    expect(JSON.stringify(comparable(definition))).toBe(before);
  });
});
