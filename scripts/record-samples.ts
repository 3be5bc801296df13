// Every record kind of the example cycle, and a master list, (templates/testing/record-samples.ts) written as PDF,
// to look at: `npm run records:samples -- /tmp/registros`, then for instance
// `pdftoppm -r 60 -png /tmp/registros/diagnostic.pdf /tmp/registros/diagnostic`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { masterListDefinition } from '../templates/master-list.template';
import { RECORD_KINDS } from '../templates/record-data';
import { renderPdf, renderRecord } from '../templates/render';
import { sampleMasterList, sampleRecord } from '../templates/testing/record-samples';

async function main(directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const kind of RECORD_KINDS) {
    const path = join(directory, `${kind}.pdf`);
    writeFileSync(path, await renderRecord(sampleRecord(kind)));
    console.log(path);
  }
  const path = join(directory, 'lista-maestra.pdf');
  writeFileSync(path, await renderPdf(masterListDefinition(sampleMasterList(30))));
  console.log(path);
}

void main(process.argv[2] ?? 'registros-de-ejemplo');
