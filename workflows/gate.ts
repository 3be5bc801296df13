// The approve-then-visa gate, written once (PROCEDURE.md: draft → submitted to head →
// approved by head = visa requested → visa granted). RETURN and DENY_VISA go back to draft,
// so a changed document always passes the head again before the expert sees it.
import type { GatedStageId } from './context';
import type { CycleStateConfig } from './cycle.setup';
import type { SingletonDocumentKind } from './document-kinds';
import { awaitTag, editTag, gateTag, submitTag } from './tags';

export interface GateOptions {
  // Whose counters a return or denial increments.
  stage: GatedStageId;
  // Documents frozen together by one SUBMIT and decided together.
  kinds: readonly SingletonDocumentKind[];
  // Where GRANT_VISA leads: a '#machine.path' target (see targetIn).
  onVisa: string;
}

export function gate({ stage, kinds, onVisa }: GateOptions): CycleStateConfig {
  return {
    initial: 'draft',
    states: {
      draft: {
        tags: [gateTag('draft'), awaitTag('gender_officer'), ...kinds.map(editTag), ...kinds.map(submitTag)],
        on: {
          SUBMIT: {
            guard: { type: 'canSubmit', params: { kinds } },
            target: 'submitted',
            actions: 'recordSubmission',
          },
        },
      },
      submitted: {
        tags: [gateTag('submitted'), awaitTag('agency_head')],
        on: {
          APPROVE: { guard: 'canApprove', target: 'approved', actions: 'recordApproval' },
          RETURN: { guard: 'canReturn', target: 'draft', actions: { type: 'recordReturn', params: { stage } } },
        },
      },
      // Approved by the head = visa requested from the expert.
      approved: {
        tags: [gateTag('approved'), awaitTag('sernam_expert')],
        on: {
          GRANT_VISA: { guard: 'canGrantVisa', target: onVisa, actions: 'recordVisa' },
          DENY_VISA: { guard: 'canDenyVisa', target: 'draft', actions: { type: 'recordDenial', params: { stage } } },
        },
      },
    },
  };
}
