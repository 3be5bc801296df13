import { cycleMachine } from './cycle.machine';
import { mermaidId, toMermaid } from './mermaid';
import { declaredLeaves } from './testing/paths';
import type { AnyStateNode } from 'xstate';

const allNodes = (node: AnyStateNode): AnyStateNode[] => Object.values(node.states).flatMap((c) => [c, ...allNodes(c)]);

describe('mermaid diagram of the cycle', () => {
  const diagram = toMermaid(cycleMachine);

  it('is a stateDiagram-v2 that starts at strategic definitions', () => {
    expect(diagram.startsWith('stateDiagram-v2\n  [*] --> strategicDefinitions\n')).toBe(true);
  });

  it('declares every state of the machine', () => {
    const nodes = allNodes(cycleMachine.root);
    expect(nodes.length).toBe(declaredLeaves(cycleMachine).length + 9);
    for (const node of nodes) expect(diagram).toMatch(new RegExp(`(as|state) ${mermaidId(node)}( \\{)?$`, 'm'));
  });

  it('draws every transition with its event and guard', () => {
    expect(diagram).toContain('diagnostic_approved --> planning : GRANT_VISA [canGrantVisa]');
    expect(diagram).toContain('followUp_inProgress --> evaluation : RECORD_REVIEW [canRecordReviewTo(evaluation)]');
    expect(diagram).toContain(
      'implementation_adjustment_approved --> implementation_inProgress : GRANT_VISA [canGrantVisa]',
    );
    expect(diagram).toContain('closed --> [*]');
    const edges = allNodes(cycleMachine.root).flatMap((n) => [...n.transitions.values()].flat());
    expect(diagram.split('\n').filter((l) => l.includes(' : ')).length).toBe(edges.length);
  });
});
