import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReviewDecision } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, field, heading, yesNo } from './parts/blocks';
import { formatDateLong } from './parts/format';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';

// Stage 5: the management review and its three decisions, each of which routes the cycle.
export function managementReviewTemplate(data: RecordData<'management-review'>): TDocumentDefinitions {
  const c = data.document.content;
  const d = c.decisions;
  const anyChange = [d?.modifyDiagnostic, d?.modifyPlan, d?.modifyFollowUpProgramme].some((x) => x?.required);
  return recordDocument(data, [
    {
      text: [{ text: 'Fecha de la revisión: ', bold: true }, c.date ? formatDateLong(c.date) : '—'],
      margin: [0, 8, 0, 0],
    },
    heading('Asistentes'),
    dataTable(
      [
        { header: 'Nombre', weight: 1 },
        { header: 'Cargo o rol', weight: 1.6 },
      ],
      (c.attendees ?? []).map((a) => [cell(a.name), cell(a.role)]),
    ),
    heading('Análisis'),
    ...field('Resultados del programa de trabajo', c.workProgrammeAnalysis),
    ...field('Compromisos del Programa de Seguimiento', c.commitmentsAnalysis),
    heading('Decisiones de la Dirección'),
    dataTable(
      [
        { header: 'Pregunta', weight: 3 },
        { header: 'Decisión', weight: 1 },
        { header: 'Fundamento', weight: 5 },
      ],
      [
        decision('¿Modificar el diagnóstico? (etapa 1)', d?.modifyDiagnostic),
        decision('¿Modificar el plan y/o el programa de trabajo? (etapa 2)', d?.modifyPlan),
        decision('¿Modificar el programa de seguimiento? (etapa 4)', d?.modifyFollowUpProgramme),
      ],
    ),
    {
      text: anyChange
        ? 'El ciclo vuelve a las etapas marcadas con «Sí».'
        : 'Sin modificaciones: corresponde difundir los resultados interna y externamente.',
      style: ['small', 'muted'],
    },
  ]);
}

function decision(question: string, value: ReviewDecision | undefined): Content[] {
  return [{ text: question, bold: true }, yesNo(value?.required), cell(value?.reason)];
}
