import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ProductStandardisation } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, isBlank } from './parts/text';

// Stage 6: per product, the QMS procedure modified or the new procedure documented.
export function standardisationTemplate(data: RecordData<'standardisation'>): TDocumentDefinitions {
  const { products = [] } = data.document.content;
  return recordDocument(data, [
    heading('Incorporación del enfoque de género en la provisión de bienes y servicios'),
    dataTable(
      [
        { header: 'Producto', weight: 1 },
        { header: 'Situación en el SGC', weight: 1.6 },
        { header: 'Procedimiento', weight: 2.4 },
        { header: 'Cambios o contenido del procedimiento', weight: 4.4 },
        { header: 'Centro responsable', weight: 1.6 },
      ],
      products.map((p) => [
        code(p.productId, 'strong'),
        situation(p),
        {
          stack: [cell(p.procedureName), ...(isBlank(p.procedureCode) ? [] : [code(p.procedureCode, 'small')])],
        },
        cell(p.insideQms === false ? p.newProcedureSummary : p.changesMade),
        cell(p.responsibleCentre),
      ]),
    ),
  ]);
}

function situation(p: ProductStandardisation): string {
  if (p.insideQms === undefined) return '—';
  return p.insideQms ? 'Dentro del SGC: procedimiento modificado' : 'Fuera del SGC: procedimiento nuevo documentado';
}
