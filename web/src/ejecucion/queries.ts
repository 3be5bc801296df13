import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Evidence, ProcedureRecord, RegisterPage } from '../api/types';
import { anyPending } from '../registros/records-view';
import { REGISTER_PATHS } from './execution-view';

// The reads of the Ejecución screen. A register lists at most 200 entries per page (the API's
// limit); a year's implementation records far fewer.
export const REGISTER_PAGE = 200;

export const useRegister = (cycleId: string, kind: RegisterDocumentKind) =>
  useQuery({
    queryKey: keys.register(cycleId, kind),
    queryFn: () => api<RegisterPage>(`/cycles/${cycleId}/${REGISTER_PATHS[kind]}?limit=${REGISTER_PAGE}`),
  });

export const useEvidence = (cycleId: string) =>
  useQuery({ queryKey: keys.evidence(cycleId), queryFn: () => api<Evidence[]>(`/cycles/${cycleId}/evidence`) });

// Each entry and each file issues a record: refreshed until it is issued, like Registros does.
export const useRecords = (cycleId: string) =>
  useQuery({
    queryKey: keys.records(cycleId),
    queryFn: () => api<ProcedureRecord[]>(`/cycles/${cycleId}/records`),
    refetchInterval: (query) => (anyPending(query.state.data) ? 2_000 : false),
  });

export const evidenceUrl = (evidenceId: string): string => `/api/evidence/${encodeURIComponent(evidenceId)}`;
