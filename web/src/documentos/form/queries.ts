import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { fieldsOf, type JsonSchema } from './schema-tree';

// A kind's JSON Schema changes only with a new release of Enfoque: read once per visit.
export const useKindFields = (kind: string, enabled = true) =>
  useQuery({
    queryKey: keys.documentKindSchema(kind),
    queryFn: () => api<JsonSchema>(`/document-kinds/${kind}/schema`),
    select: fieldsOf,
    staleTime: Infinity,
    enabled,
  });
