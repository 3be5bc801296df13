import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { keys } from '../../api/keys';
import type { DocumentView as DocumentResponse } from '../../api/types';
import { forgetDraft, keepDraft, sameContent } from './draft-store';
import { errorsByPath, type FieldError } from './paths';

// Editing one document: the content being typed, kept in this browser at each change, saved
// ~2 s after typing stops (or at once with "Guardar") on the version it was typed on. The API's
// answer decides: a new version, someone else's version in between (STALE_VERSION), an emptying
// that needs confirmation (EMPTY_OVERWRITE) or field errors shown at their field.

export const AUTOSAVE_MS = 2000;

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; error: unknown }
  | { status: 'stale'; currentVersion: number | null }
  | { status: 'confirmEmpty' };

export interface Editor {
  content: unknown;
  baseVersion: number;
  state: SaveState;
  errors: ReadonlyMap<string, string[]>;
  change: (next: unknown) => void;
  save: (options?: { confirmEmpty?: boolean; overVersion?: number }) => Promise<void>;
  /** Drops the changes and takes the version now saved (after a STALE_VERSION). */
  takeSaved: () => Promise<void>;
  /**
   * Saves the combination settled after a STALE_VERSION on the version it was settled against.
   * The kept draft (the person's own version) is forgotten only once the API has the combination.
   */
  saveCombined: (combined: unknown, onVersion: number) => Promise<void>;
  cancelEmpty: () => void;
}

export function useDocumentEditor(
  cycleId: string,
  kind: string,
  storageKey: string,
  start: { content: unknown; baseVersion: number; dirty: boolean },
): Editor {
  const queryClient = useQueryClient();
  const [content, setContent] = useState<unknown>(start.content);
  const [baseVersion, setBaseVersion] = useState(start.baseVersion);
  const [state, setState] = useState<SaveState>(start.dirty ? { status: 'pending' } : { status: 'idle' });
  const [errors, setErrors] = useState<ReadonlyMap<string, string[]>>(new Map());
  const latest = useRef({ content: start.content, baseVersion: start.baseVersion });
  const blocked = useRef(false); // waiting for the person after STALE_VERSION or EMPTY_OVERWRITE
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(
    async (options: { confirmEmpty?: boolean; overVersion?: number } = {}) => {
      clearTimeout(timer.current);
      if (inFlight.current) {
        again.current = true;
        return;
      }
      if (options.overVersion !== undefined) latest.current.baseVersion = options.overVersion;
      const sent = latest.current.content;
      inFlight.current = true;
      blocked.current = false;
      setState({ status: 'saving' });
      try {
        const saved = await api<DocumentResponse>(`/cycles/${cycleId}/documents/${kind}`, {
          method: 'PUT',
          body: {
            content: sent,
            version: latest.current.baseVersion,
            ...(options.confirmEmpty ? { confirmEmpty: true } : {}),
          },
        });
        queryClient.setQueryData(keys.document(cycleId, kind), saved);
        void queryClient.invalidateQueries({ queryKey: keys.cycle(cycleId) });
        latest.current.baseVersion = saved.version;
        setBaseVersion(saved.version);
        setErrors(new Map());
        if (sameContent(latest.current.content, sent)) {
          forgetDraft(storageKey);
          setState({ status: 'saved', at: new Date() });
        } else {
          keepDraft(storageKey, {
            content: latest.current.content,
            baseVersion: saved.version,
            at: new Date().toISOString(),
          });
          again.current = true;
        }
      } catch (error) {
        again.current = false;
        const code = error instanceof ApiError ? error.code : '';
        if (code === 'STALE_VERSION') {
          blocked.current = true;
          const current = (error as ApiError).body.currentVersion;
          setState({ status: 'stale', currentVersion: typeof current === 'number' ? current : null });
        } else if (code === 'EMPTY_OVERWRITE') {
          blocked.current = true;
          setState({ status: 'confirmEmpty' });
        } else {
          const fields = error instanceof ApiError ? error.body.fields : undefined;
          setErrors(errorsByPath(Array.isArray(fields) ? (fields as FieldError[]) : []));
          setState({ status: 'failed', error });
        }
      } finally {
        inFlight.current = false;
      }
      if (again.current) {
        again.current = false;
        void save();
      }
    },
    [cycleId, kind, storageKey, queryClient],
  );

  const change = useCallback(
    (next: unknown) => {
      latest.current.content = next;
      setContent(next);
      keepDraft(storageKey, { content: next, baseVersion: latest.current.baseVersion, at: new Date().toISOString() });
      if (blocked.current) return;
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    },
    [storageKey, save],
  );

  const takeSaved = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: keys.document(cycleId, kind),
      queryFn: () => api<DocumentResponse>(`/cycles/${cycleId}/documents/${kind}`),
      staleTime: 0,
    });
    clearTimeout(timer.current);
    forgetDraft(storageKey);
    blocked.current = false;
    latest.current = { content: fresh.content ?? {}, baseVersion: fresh.version };
    setContent(latest.current.content);
    setBaseVersion(fresh.version);
    setErrors(new Map());
    setState({ status: 'idle' });
  }, [cycleId, kind, storageKey, queryClient]);

  const saveCombined = useCallback(
    async (combined: unknown, onVersion: number) => {
      clearTimeout(timer.current);
      latest.current = { content: combined, baseVersion: onVersion };
      setContent(combined);
      setBaseVersion(onVersion);
      await save();
    },
    [save],
  );

  const cancelEmpty = useCallback(() => {
    blocked.current = false;
    setState({ status: 'pending' });
  }, []);

  // Changes recovered from this browser are saved like freshly typed ones.
  useEffect(() => {
    if (start.dirty) timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer.current);
  }, []);

  return { content, baseVersion, state, errors, change, save, takeSaved, saveCombined, cancelEmpty };
}
