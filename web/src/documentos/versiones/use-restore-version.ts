import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import type { DocumentView as DocumentResponse } from '../../api/types';

export interface RestoreRequest {
  /** The restored version's content, unchanged (the API checks its hash). */
  content: unknown;
  restoredFromVersion: number;
  /** The version now current: if someone saved since, the API answers STALE_VERSION. */
  overVersion: number;
  confirmEmpty: boolean;
}

// Restoring is saving: the earlier content as the next version, naming the version it came from.
export function useRestoreVersion(cycleId: string, kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RestoreRequest) =>
      api<DocumentResponse>(`/cycles/${cycleId}/documents/${kind}`, {
        method: 'PUT',
        body: {
          content: request.content,
          version: request.overVersion,
          restoredFromVersion: request.restoredFromVersion,
          ...(request.confirmEmpty ? { confirmEmpty: true } : {}),
        },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.document(cycleId, kind), saved);
      void queryClient.invalidateQueries({ queryKey: keys.cycle(cycleId) });
      void queryClient.invalidateQueries({ queryKey: keys.history(cycleId) });
    },
  });
}
