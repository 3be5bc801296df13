import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading, yesNo } from './parts/blocks';
import { INDICATOR_AND_FORMULA, indicatorCell } from './parts/indicator';
import { fieldLabel } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

// Stage 0: Ficha A1 (does gender focus apply to each product?) and Formulario H.
export function strategicDefinitionsTemplate(data: RecordData<'strategic-definitions'>): TDocumentDefinitions {
  const { products = [], indicators = [] } = data.document.content;
  return recordDocument(data, [
    heading('Ficha A1: productos estratégicos y aplicación del enfoque de género'),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('name'), weight: 3.2 },
        { header: fieldLabel('appliesGenderFocus'), weight: 1.3 },
        { header: fieldLabel('reason'), weight: 4.5 },
      ],
      products.map((p) => [code(p.id, 'strong'), cell(p.name), yesNo(p.appliesGenderFocus), cell(p.reason)]),
    ),
    heading('Formulario H: indicadores de desempeño con enfoque de género'),
    dataTable(
      [
        { header: fieldLabel('code'), weight: 1 },
        { header: INDICATOR_AND_FORMULA, weight: 3.5 },
        // What the indicator measures: a product, or the mainstreaming of the focus
        // ('Transversalización' whole on one line).
        { header: 'Mide', weight: 2 },
        { header: fieldLabel('baseline'), weight: 1.4 },
        { header: fieldLabel('goal'), weight: 1.4 },
        { header: fieldLabel('verificationMeans'), weight: 2.4 },
      ],
      indicators.map((i) => [
        code(i.code, 'strong'),
        indicatorCell(i.name, i.formula),
        i.mainstreaming ? 'Transversalización' : i.productId ? t(`${fieldLabel('productId')} ${i.productId}`) : '—',
        cell(i.baseline),
        cell(i.goal),
        cell(i.verificationMeans),
      ]),
    ),
  ]);
}
