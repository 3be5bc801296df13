// Every record kind of the example cycle (templates/testing/record-samples.ts) written as PDF,
// to look at: `npm run records:samples -- /tmp/registros`, then for instance
// `pdftoppm -r 60 -png /tmp/registros/diagnostic.pdf /tmp/registros/diagnostic`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_KINDS } from '../templates/record-data';
import { renderRecord } from '../templates/render';
import { sampleRecord } from '../templates/testing/record-samples';

async function main(directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const kind of RECORD_KINDS) {
    const path = join(directory, `${kind}.pdf`);
    writeFileSync(path, await renderRecord(sampleRecord(kind)));
    console.log(path);
  }
}

void main(process.argv[2] ?? 'registros-de-ejemplo');
