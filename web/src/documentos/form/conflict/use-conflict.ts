import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { keys } from '../../../api/keys';
import type { DocumentView as DocumentResponse } from '../../../api/types';
import { useDocumentVersion } from '../../queries';

// The two other versions of a conflict: the one saved meanwhile (read afresh, whatever the cache
// holds) and the one the person started from (none when they started from an empty document).
export function useConflictVersions(cycleId: string, kind: string, baseVersion: number, seenVersion: number | null) {
  const theirs = useQuery({
    queryKey: [...keys.document(cycleId, kind), 'conflicto', seenVersion ?? 0],
    queryFn: () => api<DocumentResponse>(`/cycles/${cycleId}/documents/${kind}`),
    staleTime: 0,
    gcTime: 0,
  });
  const base = useDocumentVersion(cycleId, kind, baseVersion > 0 ? baseVersion : null);
  const author = theirs.data?.versions.find((v) => v.version === theirs.data?.version)?.authorName ?? 'la otra persona';
  return {
    theirs: theirs.data,
    base: baseVersion > 0 ? base.data?.content : null,
    author,
    isPending: theirs.isPending || (baseVersion > 0 && base.isPending),
    error: theirs.error ?? (baseVersion > 0 ? base.error : null),
    retry: () => {
      void theirs.refetch();
      if (baseVersion > 0) void base.refetch();
    },
  };
}
