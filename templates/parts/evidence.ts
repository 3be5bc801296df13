import type { Content } from 'pdfmake/interfaces';
import type { RecordData } from '../record-data';
import { heading } from './blocks';
import { formatBytes } from './format';
import { dataTable } from './table';
import { code, t } from './text';

// The files attached as verification means, each with the hash that proves it unchanged.
export function evidenceFiles(data: RecordData): Content[] {
  const files = data.evidence ?? [];
  return [
    heading('Archivos de verificación adjuntos'),
    dataTable(
      [
        { header: 'N°', weight: 0.5, alignment: 'right' },
        { header: 'Archivo y huella SHA-256', weight: 7 },
        { header: 'Tipo', weight: 2 },
        { header: 'Tamaño', weight: 1.2, alignment: 'right' },
      ],
      files.map((file, i) => [
        `${i + 1}`,
        { stack: [t(file.fileName, undefined, { bold: true }), code(file.sha256, 'tiny')] },
        t(file.mediaType),
        formatBytes(file.size),
      ]),
      'Sin archivos adjuntos.',
    ),
  ];
}
