import { useCallback, useMemo, useRef } from 'react';
import type { ItemObservationInput } from '../api/use-cycle-event';
import { useKeptText } from '../ui/use-kept-text';

// The observations on items a reviewer has written and not yet sent: kept in this browser
// (useKeptText) until the return or denial is sent, so that a reload or an ended session loses
// none of them.

export interface ItemDraft {
  /** Local id, to remove it. */
  id: string;
  kind: string;
  path: string;
  itemId?: string;
  /** 'Inequidades › INQ-3 › Brecha'. */
  label: string;
  text: string;
}

const isDraft = (value: unknown): value is ItemDraft => {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return ['id', 'kind', 'path', 'label', 'text'].every((key) => typeof d[key] === 'string');
};

/** What was kept, read defensively: anything unreadable counts as nothing. */
export function parseDrafts(kept: string): ItemDraft[] {
  if (!kept) return [];
  try {
    const value: unknown = JSON.parse(kept);
    return Array.isArray(value) ? value.filter(isDraft) : [];
  } catch {
    return [];
  }
}

/** As the API takes them with a return or a denial. */
export const toObservationInputs = (drafts: readonly ItemDraft[]): ItemObservationInput[] =>
  drafts.map(({ kind, path, itemId, text }) => ({ kind, path, ...(itemId ? { itemId } : {}), text: text.trim() }));

export function draftsByPlace(drafts: readonly ItemDraft[]): Map<string, ItemDraft[]> {
  const byPlace = new Map<string, ItemDraft[]>();
  for (const draft of drafts) {
    const key = `${draft.kind}:${draft.path}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), draft]);
  }
  return byPlace;
}

let counter = 0;
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function useReviewDrafts(cycleId: string) {
  const [kept, setKept, clear] = useKeptText(`revision.${cycleId}.observaciones`);
  const drafts = useMemo(() => parseDrafts(kept), [kept]);
  // The list as last drawn, so that two quick changes both count.
  const latest = useRef(drafts);
  latest.current = drafts;
  const save = useCallback(
    (next: ItemDraft[]) => {
      latest.current = next;
      setKept(next.length ? JSON.stringify(next) : '');
    },
    [setKept],
  );
  const add = useCallback(
    (draft: Omit<ItemDraft, 'id'>) => save([...latest.current, { ...draft, id: newId() }]),
    [save],
  );
  const remove = useCallback((id: string) => save(latest.current.filter((d) => d.id !== id)), [save]);
  return { drafts, add, remove, clear };
}
