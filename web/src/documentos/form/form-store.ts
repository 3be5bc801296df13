import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { getIn, type Path } from './paths';

// The content being typed, held outside React's props so that a key typed in one field redraws
// that field only: each control subscribes to the value at its path (or to what it derives from
// the whole content) and React skips every control whose value did not change. A 200-activity
// work programme has some two thousand controls; redrawing them all on each key was the lag.

export interface FormStore {
  getRoot: () => unknown;
  /** Replaces the content and tells the subscribed controls. */
  replace: (next: unknown) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFormStore(initial: unknown): FormStore {
  let root = initial;
  const listeners = new Set<() => void>();
  return {
    getRoot: () => root,
    replace: (next) => {
      if (next === root) return;
      root = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What a control derives from the whole content; it redraws only when that changes (Object.is). */
export function useFormSelector<T>(store: FormStore, select: (root: unknown) => T): T {
  const snapshot = useCallback(() => select(store.getRoot()), [store, select]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** The value at one path of the content. */
export function useFormValue(store: FormStore, path: Path): unknown {
  const key = path.join('\u0000');
  // Keyed by the path's steps, not its array's identity: callers build a new array at each render.
  const select = useCallback((root: unknown) => getIn(root, path), [key]);
  return useFormSelector(store, select);
}

/**
 * A form's store, following the content its owner keeps: a typed key is put in the store at once
 * by the form's `set`; any other change of the content (a reload, a merge, a recovered draft)
 * reaches the store before the browser paints.
 */
export function useSyncedStore(content: unknown): FormStore {
  const [store] = useState(() => createFormStore(content));
  useLayoutEffect(() => store.replace(content), [store, content]);
  return store;
}
