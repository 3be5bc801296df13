// A Mermaid stateDiagram-v2 drawn from the machine definition itself, so the picture cannot
// drift from the code.
import type { AnyStateMachine, AnyStateNode, TransitionDefinition, EventObject, MachineContext } from 'xstate';

type Transition = TransitionDefinition<MachineContext, EventObject>;

// Mermaid ids must be unique and dot-free: 'implementation.adjustment.draft' → 'implementation_adjustment_draft'.
export const mermaidId = (node: AnyStateNode): string => node.path.join('_');

function guardLabel(guard: Transition['guard']): string {
  if (guard === undefined) return '';
  if (typeof guard === 'string') return ` [${guard}]`;
  if (typeof guard === 'function') return ` [${guard.name || 'inline'}]`;
  const params = guard.params;
  const shown =
    params && typeof params === 'object'
      ? Object.values(params)
          .map((v) => (Array.isArray(v) ? v.join(',') : String(v)))
          .join(' ')
      : '';
  return ` [${guard.type}${shown ? `(${shown})` : ''}]`;
}

function children(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states);
}

function declare(node: AnyStateNode, indent: string, lines: string[]): void {
  for (const child of children(node)) {
    const id = mermaidId(child);
    const name = child.key;
    if (children(child).length === 0) {
      lines.push(`${indent}state "${name}" as ${id}`);
      continue;
    }
    lines.push(`${indent}state ${id} {`);
    lines.push(`${indent}  [*] --> ${mermaidId(child.initial.target[0])}`);
    declare(child, `${indent}  `, lines);
    lines.push(`${indent}}`);
  }
}

function connect(node: AnyStateNode, lines: string[]): void {
  for (const child of children(node)) {
    for (const transitions of child.transitions.values()) {
      for (const t of transitions as Transition[]) {
        for (const target of t.target ?? []) {
          lines.push(`  ${mermaidId(child)} --> ${mermaidId(target)} : ${t.eventType}${guardLabel(t.guard)}`);
        }
      }
    }
    if (child.type === 'final') lines.push(`  ${mermaidId(child)} --> [*]`);
    connect(child, lines);
  }
}

export function toMermaid(machine: AnyStateMachine): string {
  const root = machine.root;
  const lines = ['stateDiagram-v2', `  [*] --> ${mermaidId(root.initial.target[0])}`];
  declare(root, '  ', lines);
  connect(root, lines);
  return `${lines.join('\n')}\n`;
}
