import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FOOTER_ID, footer } from './footer';
import { toFixedDate } from './format';
import { HEADER_ID, runningHeader, titleBlock } from './header';
import { keepHeadingsWithNext, keepWithLast } from './keep-with-next';
import { DEFAULT_STYLE, PAGE_MARGINS, PAGE_SIZE, STYLES } from './theme';
import { verificationBlock } from './verification';

// What every PDF a person receives from Enfoque has around its body: the letterhead (agency,
// year, title, code and facts), a running header from page 2, a footer with the hash, the page
// count and the verification link on every page, and the closing verification box with its QR
// code. A record has it (record-document.ts); so has the dossier's master list.
export interface RecordFrame {
  agency: { code: string; name: string; ministry: string };
  year: number;
  title: string;
  code: string;
  // The title block's facts, two to a row, the first (the code) in bold: ['Versión', '3']...
  facts: [label: string, value: string][];
  // When it was made (the PDF's dates); ISO 8601.
  issuedAt: string;
  // The hash that identifies what the PDF shows, what the footer calls it, and the sentence of
  // the verification box that says what it identifies (ending before the hash).
  sha256: string;
  hashLabel: string;
  statement: string;
  // PUBLIC_URL/verify/<sha256>
  verifyUrl: string;
  keywords?: string;
}

export function framedDocument(frame: RecordFrame, body: Content[]): TDocumentDefinitions {
  const issued = toFixedDate(frame.issuedAt);
  return {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    language: 'es-CL',
    info: {
      title: `${frame.title} ${frame.code}`,
      author: frame.agency.name,
      subject: frame.code,
      keywords: frame.keywords ?? `PMG; Sistema Enfoque de Género; ${frame.year}; ${frame.agency.code}`,
      creator: 'Enfoque',
      producer: 'Enfoque (pdfmake)',
      // Fixed, so the same record renders to the same bytes.
      creationDate: issued,
      modDate: issued,
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    header: runningHeader(frame),
    footer: footer(frame),
    pageBreakBefore: keepHeadingsWithContent,
    content: [...titleBlock(frame), ...keepWithLast(keepHeadingsWithNext(body), verificationBlock(frame))],
  };
}

// A heading that would be the last thing in its page's body starts the next page instead.
// pdfmake lays out the running header and footer after the body, so the body ends on this
// page when the next node on it is one of theirs.
function keepHeadingsWithContent(node: Node, queries: NodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  const next = queries.getFollowingNodesOnPage()[0];
  return next === undefined || next.id === HEADER_ID || next.id === FOOTER_ID;
}
