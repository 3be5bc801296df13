import type { RecordData, RecordKind } from './record-data';
import { RECORD_KINDS } from './record-data';
import { renderRecord } from './render';
import { CONTENT_WIDTH, PAGE_MARGINS } from './parts/theme';
import { pdfPages } from './testing/pdf-text';
import { sampleEvidence, sampleRecord } from './testing/record-samples';

// Whatever people type reaches the PDF as inert text: nothing is interpreted, nothing
// crashes, nothing runs off the page.

const HTML = '<script>alert(1)</script>';
const SQL = "'; DROP TABLE users;--";
const HOSTILE = `${HTML} ${SQL} 👩🏽‍💼🚀 \u202Eabc\u202C \u200F\u200E x\u0000y\u0001z\u0007 «Género»`;
const LONG_WORD = 'W'.repeat(5000);

// Every string of the value replaced by the hostile text; numbers and booleans kept.
function hostile<T>(value: T): T {
  if (typeof value === 'string') return HOSTILE as T;
  if (Array.isArray(value)) return value.map(hostile) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v)])) as T;
}

function hostileRecord<K extends RecordKind>(kind: K): RecordData<K> {
  const data = sampleRecord(kind);
  return {
    ...data,
    agency: hostile(data.agency),
    document: { ...data.document, content: hostile(data.document.content) },
    // Names are typed by people; one instant is not a date at all.
    approvals: data.approvals.map((step, i) => ({
      ...step,
      by: step.by && { name: HOSTILE, role: HOSTILE, at: i === 0 ? HOSTILE : step.by.at },
    })),
    observations: [{ at: HOSTILE, by: HOSTILE, role: HOSTILE, type: 'RETURN', comment: HOSTILE }],
    evidence: sampleEvidence(2).map((file) => ({ ...file, fileName: HOSTILE, mediaType: HOSTILE })),
  };
}

async function render(data: RecordData): Promise<{ flat: string; raw: string; rightmost: number; leftmost: number }> {
  const pages = await pdfPages(await renderRecord(data));
  const pieces = pages.flatMap((page) => page.pieces).filter((piece) => piece.str.trim() !== '');
  const raw = pages.map((page) => page.text).join('\n');
  return {
    raw,
    flat: raw.replace(/\s+/g, ' '),
    rightmost: Math.max(...pieces.map((piece) => piece.x + piece.width)),
    leftmost: Math.min(...pieces.map((piece) => piece.x)),
  };
}

// NUL and the like (pdf.js reads a glyph without text as NUL), and bidi marks and overrides.
function isControlOrDirection(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x09 || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e);
}

const LEFT = PAGE_MARGINS[0];
const RIGHT = LEFT + CONTENT_WIDTH;

describe.each(RECORD_KINDS.map((kind) => [kind]))('%s with hostile text in every field', (kind) => {
  let page = { flat: '', raw: '', rightmost: 0, leftmost: 0 };

  beforeAll(async () => {
    page = await render(hostileRecord(kind));
  });

  it('prints markup and SQL literally', () => {
    expect(page.flat).toContain(HTML);
    expect(page.flat).toContain(SQL);
    expect(page.flat).toContain('«Género»');
  });

  it('replaces what the font lacks and drops control and direction characters', () => {
    expect(page.raw).toContain('\uFFFD');
    expect(page.raw).toContain('xyz');
    expect([...page.raw].filter(isControlOrDirection)).toEqual([]);
  });

  it('stays inside the page margins', () => {
    expect(page.leftmost).toBeGreaterThanOrEqual(LEFT - 1);
    expect(page.rightmost).toBeLessThanOrEqual(RIGHT + 1);
  });
});

describe('a 5,000-character word', () => {
  it('wraps inside its table column, its paragraph and the header, and is printed whole', async () => {
    const data = sampleRecord('work-programme');
    data.agency = { ...data.agency, name: `Servicio ${LONG_WORD.slice(0, 300)}` };
    const activities = data.document.content.activities ?? [];
    activities[0] = { ...activities[0], description: `${LONG_WORD} fin`, responsible: LONG_WORD };
    data.observations = [{ ...data.observations[0], comment: LONG_WORD }];
    const page = await render(data);
    expect(page.raw.match(/W/g)?.length).toBeGreaterThanOrEqual(3 * 5000 + 300);
    expect(page.rightmost).toBeLessThanOrEqual(RIGHT + 1);
  });

  it('wraps in a paragraph and in an evidence file name', async () => {
    const data = sampleRecord('activity-record');
    data.document.content = { ...data.document.content, description: LONG_WORD };
    data.evidence = [{ ...sampleEvidence(1)[0], fileName: `${LONG_WORD}.pdf` }];
    const page = await render(data);
    expect(page.raw.match(/W/g)?.length).toBe(2 * 5000);
    expect(page.rightmost).toBeLessThanOrEqual(RIGHT + 1);
  });
});
