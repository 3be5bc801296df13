// Prints the cycle machine as a Mermaid stateDiagram-v2:
//   npx ts-node --transpile-only scripts/diagram.ts > cycle.mmd
import { cycleMachine } from '../workflows/cycle.machine';
import { toMermaid } from '../workflows/mermaid';

process.stdout.write(toMermaid(cycleMachine));
