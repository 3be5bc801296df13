import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { RegisterEntry } from '../api/types';
import { forgetDraft, keepDraft, sameContent } from '../documentos/form/draft-store';
import { errorsByPath, setIn, type Path } from '../documentos/form/paths';
import { entryFieldErrors, REGISTER_PATHS } from './execution-view';

// A new register entry being written: every change kept in this browser at once (a reload, a
// lost connection or an ended session never loses it), sent with "Registrar", and the API's
// refusal shown at the fields it names. The kept copy is forgotten only once the API has the entry.

export type SendState = { status: 'idle' } | { status: 'sending' } | { status: 'failed'; error: unknown };

export function useEntryForm(cycleId: string, kind: RegisterDocumentKind, storageKey: string, start: unknown) {
  const queryClient = useQueryClient();
  const [content, setContent] = useState<unknown>(start);
  const [errors, setErrors] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [state, setState] = useState<SendState>({ status: 'idle' });
  const latest = useRef<unknown>(start);

  const change = useCallback(
    (next: unknown) => {
      latest.current = next;
      setContent(next);
      if (sameContent(next, {})) forgetDraft(storageKey);
      else keepDraft(storageKey, { content: next, baseVersion: 0, at: new Date().toISOString() });
    },
    [storageKey],
  );

  const set = useCallback((path: Path, value: unknown) => change(setIn(latest.current, path, value)), [change]);

  const submit = useCallback(async (): Promise<RegisterEntry | null> => {
    setState({ status: 'sending' });
    try {
      const entry = await api<RegisterEntry>(`/cycles/${cycleId}/${REGISTER_PATHS[kind]}`, {
        method: 'POST',
        body: { content: latest.current ?? {} },
      });
      forgetDraft(storageKey);
      setErrors(new Map());
      setState({ status: 'idle' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.register(cycleId, kind) }),
        queryClient.invalidateQueries({ queryKey: keys.records(cycleId) }),
        queryClient.invalidateQueries({ queryKey: keys.cycle(cycleId) }),
      ]);
      return entry;
    } catch (error) {
      setErrors(errorsByPath(entryFieldErrors(kind, error)));
      setState({ status: 'failed', error });
      return null;
    }
  }, [cycleId, kind, storageKey, queryClient]);

  return { content, errors, state, set, submit };
}
