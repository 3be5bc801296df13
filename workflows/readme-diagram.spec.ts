import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycleMachine } from './cycle.machine';
import { toMermaid } from './mermaid';
import { replaceReadmeDiagram } from './readme-diagram';

describe('diagrama del README', () => {
  it('is the one generated from the current machine (run `npm run diagram -- --readme`)', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(replaceReadmeDiagram(readme, toMermaid(cycleMachine))).toBe(readme);
  });
});
