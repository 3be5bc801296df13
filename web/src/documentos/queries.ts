import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type {
  Agency,
  Cycle,
  DocumentVersionContent,
  DocumentView as DocumentResponse,
  HistoryEntry,
  ItemObservationsResponse,
} from '../api/types';

// The reads of the Documento and Revisión screens, one query key per resource (api/keys.ts).

export const useCycle = (cycleId: string) =>
  useQuery({ queryKey: keys.cycle(cycleId), queryFn: () => api<Cycle>(`/cycles/${cycleId}`) });

export const useDocument = (cycleId: string, kind: string, enabled = true) =>
  useQuery({
    queryKey: keys.document(cycleId, kind),
    queryFn: () => api<DocumentResponse>(`/cycles/${cycleId}/documents/${kind}`),
    enabled,
  });

export const useItemObservations = (cycleId: string, enabled = true) =>
  useQuery({
    queryKey: keys.observations(cycleId),
    queryFn: () => api<ItemObservationsResponse>(`/cycles/${cycleId}/observations`),
    enabled,
  });

export const useHistory = (cycleId: string, enabled = true) =>
  useQuery({
    queryKey: keys.history(cycleId),
    queryFn: () => api<HistoryEntry[]>(`/cycles/${cycleId}/history`),
    enabled,
  });

// A saved version never changes: read once.
export const useDocumentVersion = (cycleId: string, kind: string, version: number | null) =>
  useQuery({
    queryKey: keys.documentVersion(cycleId, kind, version ?? 0),
    queryFn: () => api<DocumentVersionContent>(`/cycles/${cycleId}/documents/${kind}/versions/${version ?? 0}`),
    enabled: version !== null && version > 0,
    staleTime: Infinity,
  });

export const useAgencyName = (agencyId: string | undefined): Agency | undefined => {
  const agencies = useQuery({ queryKey: keys.agencies, queryFn: () => api<Agency[]>('/agencies') });
  return agencies.data?.find((a) => a.id === agencyId);
};
