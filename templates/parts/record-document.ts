import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from '../record-data';
import { approvalChain } from './approval-chain';
import { evidenceFiles } from './evidence';
import { FOOTER_ID, footer } from './footer';
import { toFixedDate } from './format';
import { HEADER_ID, runningHeader, titleBlock } from './header';
import { keepHeadingsWithNext } from './keep-with-next';
import { observationsHistory } from './observations';
import { DEFAULT_STYLE, PAGE_MARGINS, PAGE_SIZE, STYLES } from './theme';
import { verificationBlock } from './verification';

// What every record shares around its own body: title block, approval chain, observations,
// evidence where the record has it, verification box, running header and footer.
export function recordDocument(
  data: RecordData,
  body: Content[],
  options: { evidence?: boolean } = {},
): TDocumentDefinitions {
  const { agency, record } = data;
  const issued = toFixedDate(record.issuedAt);
  return {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    language: 'es-CL',
    info: {
      title: `${record.title} ${record.code}`,
      author: agency.name,
      subject: record.code,
      keywords: `PMG; Sistema Enfoque de Género; ${data.year}; ${agency.code}`,
      creator: 'Enfoque',
      producer: 'Enfoque (pdfmake)',
      // Fixed, so the same record renders to the same bytes.
      creationDate: issued,
      modDate: issued,
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    header: runningHeader(data),
    footer: footer(data),
    pageBreakBefore: keepHeadingsWithContent,
    content: [
      ...titleBlock(data),
      ...keepHeadingsWithNext([
        ...body,
        ...(options.evidence || (data.evidence?.length ?? 0) > 0 ? evidenceFiles(data) : []),
        ...approvalChain(data),
        ...observationsHistory(data),
      ]),
      verificationBlock(data),
    ],
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
