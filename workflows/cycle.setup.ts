// Types, named guards and named actions shared by the cycle machine and the stage machines.
import { assign, setup } from 'xstate';
import {
  actorHoldsRole,
  actorIsAuthor,
  approvalCoversSubmission,
  carriesDecisions,
  carriesDocument,
  hasComment,
  submitsExactly,
} from './checks';
import type { CycleContext, CycleInput, FrozenVersion, GatedStageId } from './context';
import { initialContext } from './context';
import type { DocumentKind } from './document-kinds';
import type { CycleEvent, FrozenDocument } from './events';
import { reviewRoute, type ReviewRoute } from './review-route';
import type { CycleTag } from './tags';

const freeze = (d: FrozenDocument): FrozenVersion => ({ kind: d.kind, version: d.version, sha256: d.sha256 });
const unique = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) === i);
const decides = (context: CycleContext, event: CycleEvent): boolean =>
  actorHoldsRole(event) && !actorIsAuthor(context, event) && context.submission !== null;

export const cycleSetup = setup({
  types: {
    context: {} as CycleContext,
    events: {} as CycleEvent,
    input: {} as CycleInput,
    tags: {} as CycleTag,
  },
  guards: {
    canSubmit: ({ event }, params: { kinds: readonly DocumentKind[] }) =>
      actorHoldsRole(event) && submitsExactly(event, params.kinds),
    canApprove: ({ context, event }) => decides(context, event),
    canReturn: ({ context, event }) => decides(context, event) && hasComment(event),
    canGrantVisa: ({ context, event }) => decides(context, event) && approvalCoversSubmission(context),
    canDenyVisa: ({ context, event }) => decides(context, event) && hasComment(event),
    canRequestAdjustment: ({ event }) => actorHoldsRole(event),
    canFinishImplementation: ({ event }) => actorHoldsRole(event),
    canRecordReviewTo: ({ event }, params: { route: ReviewRoute }) =>
      event.type === 'RECORD_REVIEW' &&
      actorHoldsRole(event) &&
      carriesDocument(event, 'management-review') &&
      carriesDecisions(event) &&
      reviewRoute(event.decisions) === params.route,
    canDisseminate: ({ event }) => actorHoldsRole(event) && carriesDocument(event, 'dissemination'),
    canComplete: ({ event }) => actorHoldsRole(event) && carriesDocument(event, 'standardisation'),
  },
  actions: {
    recordSubmission: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT') return {};
      const seq = context.counters.submissions + 1;
      return {
        submission: {
          seq,
          kinds: event.documents.map(freeze),
          authorIds: unique([...event.documents.flatMap((d) => d.authorIds), event.actor.userId]),
          submittedBy: event.actor.userId,
        },
        approval: null,
        counters: { ...context.counters, submissions: seq },
      };
    }),
    recordApproval: assign(({ context, event }) => ({
      approval:
        context.submission === null
          ? null
          : {
              by: event.actor.userId,
              seq: context.submission.seq,
              sha256s: context.submission.kinds.map((k) => k.sha256),
            },
    })),
    recordReturn: assign(({ context }, params: { stage: GatedStageId }) => ({
      submission: null,
      approval: null,
      counters: {
        ...context.counters,
        returns: { ...context.counters.returns, [params.stage]: context.counters.returns[params.stage] + 1 },
      },
    })),
    recordDenial: assign(({ context }, params: { stage: GatedStageId }) => ({
      submission: null,
      approval: null,
      counters: {
        ...context.counters,
        denials: { ...context.counters.denials, [params.stage]: context.counters.denials[params.stage] + 1 },
      },
    })),
    // The visa ends the gate; the service keeps the visaed versions in its own records.
    recordVisa: assign({ submission: null, approval: null }),
    recordAdjustment: assign(({ context }) => ({
      counters: { ...context.counters, adjustments: context.counters.adjustments + 1 },
    })),
    recordReview: assign(({ context, event }) => {
      if (event.type !== 'RECORD_REVIEW') return {};
      return {
        lastReview: { by: event.actor.userId, document: freeze(event.document), decisions: { ...event.decisions } },
        counters: { ...context.counters, reviewRounds: context.counters.reviewRounds + 1 },
      };
    }),
  },
});

type CycleMachineConfig = Parameters<typeof cycleSetup.createMachine>[0];
// A state node written against the shared setup, so stage files stay type-checked in isolation.
export type CycleStateConfig = NonNullable<CycleMachineConfig['states']>[string];

// Stages leave through '#<machine id>.<path>' targets, so a stage file does not need to
// know whether it runs inside the cycle or inside its own standalone machine.
export const targetIn = (machineId: string, path: string): string => `#${machineId}.${path}`;

export const contextFromInput = ({ input }: { input: CycleInput }): CycleContext => initialContext(input);
