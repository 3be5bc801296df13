import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ProductStandardisation } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { fieldLabel, midSentence } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, isBlank } from './parts/text';

export const CHANGES_OR_NEW_PROCEDURE = `${fieldLabel('changesMade')} o ${midSentence(fieldLabel('newProcedureSummary'))}`;

// Stage 6: per product, the QMS procedure modified or the new procedure documented.
export function standardisationTemplate(data: RecordData<'standardisation'>): TDocumentDefinitions {
  const { products = [] } = data.document.content;
  return recordDocument(data, [
    heading('Incorporación del enfoque de género en la provisión de bienes y servicios'),
    dataTable(
      [
        { header: fieldLabel('productId'), weight: 1 },
        { header: fieldLabel('insideQms'), weight: 1.6 },
        { header: fieldLabel('procedureName'), weight: 2.4 },
        // One of two fields, by the product's place in the QMS.
        { header: CHANGES_OR_NEW_PROCEDURE, weight: 4.4 },
        { header: fieldLabel('responsibleCentre'), weight: 1.6 },
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
