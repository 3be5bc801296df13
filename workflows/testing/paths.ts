// Helpers for the xstate/graph path tests: which events to try in a state, which states a
// machine declares, and the two properties every gate must keep on every path.
import type { AnyStateMachine, AnyStateNode, Snapshot, StateValue } from 'xstate';
import type { StatePath } from 'xstate/graph';
import type { CycleContext } from '../context';
import { statePath } from '../cycle-snapshot';
import type { CycleEvent } from '../events';
import { isGateDecision } from '../event-rules';
import { kindsTagged } from '../tags';
import * as f from './fixtures';

// What the checks read from a snapshot of the cycle or of any stage machine.
export type PathSnapshot = Snapshot<unknown> & {
  value: StateValue;
  context: CycleContext;
  tags: Set<string>;
};
export type CyclePath = StatePath<PathSnapshot, CycleEvent>;

// Valid and invalid senders for everything the state might accept: refused events become
// self-loops, so only transitions the guards allow appear on a path.
export function eventsFor(snapshot: Pick<PathSnapshot, 'tags'>): CycleEvent[] {
  const kinds = kindsTagged(snapshot.tags, 'submit:');
  const submits =
    kinds.length === 0
      ? []
      : [
          f.submit(kinds, f.officer),
          f.submit(kinds, f.officer, 2, [f.officer.userId, f.everyone.userId]),
          f.submit(kinds, f.everyone),
          f.submit(kinds, f.head),
          f.submit(kinds.slice(1), f.officer),
        ];
  return [
    ...submits,
    ...[f.head, f.everyone, f.admin, f.expert].map(f.approve),
    ...[f.head, f.everyone, f.officer].map((a) => f.returnIt(a)),
    f.returnIt(f.head, ' '),
    ...[f.expert, f.everyone, f.head].map(f.grantVisa),
    ...[f.expert, f.everyone].map((a) => f.denyVisa(a)),
    f.denyVisa(f.expert, ''),
    ...[f.officer, f.head].map(f.requestAdjustment),
    ...[f.officer, f.head].map(f.finishImplementation),
    ...f.ALL_DECISIONS.map((d) => f.recordReview(d)),
    f.recordReview({}, f.officer),
    f.disseminate(),
    f.complete(),
  ];
}

// Dotted paths of every atomic or final state the machine declares.
export function declaredLeaves(machine: AnyStateMachine): string[] {
  const walk = (node: AnyStateNode): string[] => {
    const children = Object.values(node.states);
    return children.length === 0 ? [node.path.join('.')] : children.flatMap(walk);
  };
  return walk(machine.root);
}

export const leafOf = (snapshot: Pick<PathSnapshot, 'value'>): string => statePath(snapshot.value);

// steps[0] is the initial state; steps[i].event led from steps[i-1].state to steps[i].state.
function* transitionsOf(path: CyclePath) {
  for (let i = 1; i < path.steps.length; i++) {
    yield { before: path.steps[i - 1].state, event: path.steps[i].event, after: path.steps[i].state };
  }
}

// A visa must follow an APPROVE of the same submission, after the last SUBMIT/RETURN/DENY_VISA.
export function visasWithoutApproval(path: CyclePath): string[] {
  const found: string[] = [];
  let approvedSeq: number | null = null;
  for (const { before, event } of transitionsOf(path)) {
    if (event.type === 'SUBMIT' || event.type === 'RETURN' || event.type === 'DENY_VISA') approvedSeq = null;
    if (event.type === 'APPROVE') approvedSeq = before.context.submission?.seq ?? null;
    if (event.type === 'GRANT_VISA') {
      const seq = before.context.submission?.seq;
      if (approvedSeq === null || seq === undefined || seq !== approvedSeq) found.push(leafOf(before));
    }
  }
  return found;
}

// No gate decision by an author of the submission decided (or on no submission at all).
export function selfDecisions(path: CyclePath): string[] {
  const found: string[] = [];
  for (const { before, event } of transitionsOf(path)) {
    if (!isGateDecision(event.type)) continue;
    const authors = before.context.submission?.authorIds;
    if (authors === undefined || authors.includes(event.actor.userId)) {
      found.push(`${event.type} by ${event.actor.userId} in ${leafOf(before)}`);
    }
  }
  return found;
}
