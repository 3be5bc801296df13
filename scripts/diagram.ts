// The cycle machine as a Mermaid stateDiagram-v2, generated from the machine definition.
//   npm run diagram            prints it
//   npm run diagram -- --readme  rewrites the diagram section of README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycleMachine } from '../workflows/cycle.machine';
import { replaceReadmeDiagram } from '../workflows/readme-diagram';
import { toMermaid } from '../workflows/mermaid';

const diagram = toMermaid(cycleMachine);
if (process.argv.includes('--readme')) {
  const path = join(__dirname, '..', 'README.md');
  writeFileSync(path, replaceReadmeDiagram(readFileSync(path, 'utf8'), diagram));
} else {
  process.stdout.write(diagram);
}
