import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReviewDecision } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, field, heading, yesNo } from './parts/blocks';
import { formatDate } from './parts/format';
import { keepWithLast } from './parts/keep-with-next';
import { fieldLabel } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';

// Stage 5: the management review and its three decisions, each of which routes the cycle.
export function managementReviewTemplate(data: RecordData<'management-review'>): TDocumentDefinitions {
  const c = data.document.content;
  const d = c.decisions;
  const anyChange = [d?.modifyDiagnostic, d?.modifyPlan, d?.modifyFollowUpProgramme].some((x) => x?.required);
  return recordDocument(data, [
    {
      text: [{ text: `${fieldLabel('date')}: `, bold: true }, c.date ? formatDate(c.date) : '—'],
      margin: [0, 8, 0, 0],
    },
    heading(fieldLabel('attendees')),
    dataTable(
      [
        { header: fieldLabel('name'), weight: 1 },
        { header: fieldLabel('role'), weight: 1.6 },
      ],
      (c.attendees ?? []).map((a) => [cell(a.name), cell(a.role)]),
    ),
    heading('Análisis'),
    ...field(fieldLabel('workProgrammeAnalysis'), c.workProgrammeAnalysis),
    ...field(fieldLabel('commitmentsAnalysis'), c.commitmentsAnalysis),
    heading(fieldLabel('decisions')),
    // Where the cycle goes next closes the decisions: it stays on their page when they are short.
    ...keepWithLast(
      [
        dataTable(
          [
            { header: 'Pregunta', weight: 3 },
            { header: fieldLabel('required'), weight: 1 },
            { header: fieldLabel('reason'), weight: 5 },
          ],
          [
            decision(`${fieldLabel('modifyDiagnostic')} (etapa 1)`, d?.modifyDiagnostic),
            decision(`${fieldLabel('modifyPlan')} (etapa 2)`, d?.modifyPlan),
            decision(`${fieldLabel('modifyFollowUpProgramme')} (etapa 4)`, d?.modifyFollowUpProgramme),
          ],
        ),
      ],
      {
        text: anyChange
          ? 'El ciclo vuelve a las etapas marcadas con «Sí».'
          : 'Sin modificaciones: corresponde difundir los resultados interna y externamente.',
        style: ['small', 'muted'],
      },
    ),
  ]);
}

function decision(question: string, value: ReviewDecision | undefined): Content[] {
  return [{ text: question, bold: true }, yesNo(value?.required), cell(value?.reason)];
}
