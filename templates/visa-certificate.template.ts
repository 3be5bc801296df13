import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { field, heading } from './parts/blocks';
import { formatDate } from './parts/format';
import { fieldLabel } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t, userText } from './parts/text';

// The V°B° SERNAM certificate: which document versions the expert visaed, by their hashes.
export function visaCertificateTemplate(data: RecordData<'visa-certificate'>): TDocumentDefinitions {
  const c = data.document.content;
  return recordDocument(data, [
    {
      text: [
        'La Red de Expertos del Servicio Nacional de la Mujer (SERNAM) otorga el visto bueno técnico (V°B°) a los documentos de la etapa «',
        { text: userText(c.stageTitle), bold: true },
        `» del Sistema Enfoque de Género del año ${data.year} del `,
        { text: userText(data.agency.name), bold: true },
        ', en las versiones que se identifican a continuación por su huella SHA-256.',
      ],
      margin: [0, 10, 0, 4],
    },
    heading('Documentos visados'),
    dataTable(
      [
        { header: 'Documento y huella SHA-256', weight: 6.5 },
        { header: fieldLabel('code'), weight: 2.2 },
        { header: 'Versión', weight: 0.9, alignment: 'right' },
      ],
      c.documents.map((d) => [
        { stack: [t(d.title, undefined, { bold: true }), code(d.sha256, 'tiny')] },
        code(d.code),
        `${d.version}`,
      ]),
      'El certificado no registra documentos.',
    ),
    {
      text: [
        { text: 'Otorgado por: ', bold: true },
        t(c.expert.name),
        ', SERNAM, Red de Expertos, el ',
        formatDate(c.grantedAt),
        '.',
      ],
      margin: [0, 6, 0, 0],
    },
    ...(c.comment === undefined ? [] : field('Comentario', c.comment)),
  ]);
}
