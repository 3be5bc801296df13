import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading, yesNo } from './parts/blocks';
import { indicatorCell } from './parts/indicator';
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
        { header: 'Código', weight: 1 },
        { header: 'Producto estratégico', weight: 3.2 },
        { header: '¿Aplica enfoque de género?', weight: 1.3 },
        { header: 'Fundamento', weight: 4.5 },
      ],
      products.map((p) => [code(p.id, 'strong'), cell(p.name), yesNo(p.appliesGenderFocus), cell(p.reason)]),
    ),
    heading('Formulario H: indicadores de desempeño con enfoque de género'),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Indicador y fórmula', weight: 4 },
        { header: 'Mide', weight: 1.3 },
        { header: 'Línea base', weight: 1.4 },
        { header: 'Meta', weight: 1.4 },
        { header: 'Medios de verificación', weight: 2.6 },
      ],
      indicators.map((i) => [
        code(i.code, 'strong'),
        indicatorCell(i.name, i.formula),
        i.mainstreaming ? 'Transversalización' : i.productId ? t(`Producto ${i.productId}`) : '—',
        cell(i.baseline),
        cell(i.goal),
        cell(i.verificationMeans),
      ]),
    ),
  ]);
}
