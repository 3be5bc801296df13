import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { shareParsedFonts } from './font-cache';
import type { RecordData, RecordKind } from './record-data';
import { recordDefinition } from './record-templates';

// pdfmake 0.3 in Node: one shared instance, configured once. Records embed Roboto (it has
// á é í ó ú ñ ¿ °, which the standard PDF fonts lack) and read nothing else: no remote URL,
// no local file but the four font files. pdfmake would also ask the local policy about a
// standard font name such as 'Helvetica': none is configured, and none would pass.
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const ROBOTO = {
  normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES: ReadonlySet<string> = new Set(Object.values(ROBOTO));

pdfmake.setFonts({ Roboto: { ...ROBOTO } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
shareParsedFonts();

// Without a creation date pdfkit stamps the clock, and the file ID is derived from it.
const EPOCH = new Date(0);

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // pdfmake writes into the definition it lays out; render a copy so callers keep theirs.
  const copy = cloneDefinition(definition);
  copy.info = { ...copy.info, creationDate: copy.info?.creationDate ?? EPOCH };
  return pdfmake.createPdf(copy).getBuffer();
}

export async function renderRecord<K extends RecordKind>(data: RecordData<K>): Promise<Buffer> {
  return renderPdf(recordDefinition(data));
}

// Deep copy of plain objects and arrays; functions, dates and buffers are shared.
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = cloneDefinition(item);
  return copy as T;
}
