import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CycleEventType } from '@procedure/events';
import { api } from './client';
import { keys } from './keys';
import type { Cycle } from './types';

export interface ItemObservationInput {
  kind: string;
  path: string;
  itemId?: string;
  text: string;
}

export interface CycleEventInput {
  type: CycleEventType;
  /** The cycle's revision the person saw: if someone acted since, the API answers STALE_REVISION. */
  revision: number;
  comment?: string;
  observations?: ItemObservationInput[];
}

// Every decision on a cycle (submit, approve, return, visa, …) goes through here.
export function useCycleEvent(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CycleEventInput) =>
      api<Cycle>(`/cycles/${cycleId}/events`, { method: 'POST', body: stripEmpty(input) }),
    onSuccess: (cycle) => {
      queryClient.setQueryData(keys.cycle(cycleId), cycle);
      void queryClient.invalidateQueries({ queryKey: ['cycles', cycleId] });
      void queryClient.invalidateQueries({ queryKey: keys.inbox });
      void queryClient.invalidateQueries({ queryKey: keys.notifications });
    },
  });
}

function stripEmpty(input: CycleEventInput): CycleEventInput {
  const body: CycleEventInput = { type: input.type, revision: input.revision };
  if (input.comment?.trim()) body.comment = input.comment.trim();
  if (input.observations && input.observations.length > 0) body.observations = input.observations;
  return body;
}
