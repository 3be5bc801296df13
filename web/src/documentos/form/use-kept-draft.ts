import { useCallback, useState } from 'react';
import { draftKey, forgetDraft, readDraft, sameContent, type KeptDraft } from './draft-store';

// The unsaved changes this person left in this browser for this document, offered back once on
// opening it (when they differ from what is saved): recovered into the editor, or discarded.
export function useKeptDraft(cycleId: string, kind: string, userId: string, saved: unknown) {
  const storageKey = draftKey(cycleId, kind, userId);
  const [offer, setOffer] = useState<KeptDraft | null>(() => {
    const draft = readDraft(storageKey);
    if (draft && sameContent(draft.content, saved)) {
      forgetDraft(storageKey);
      return null;
    }
    return draft;
  });
  // Bumped at each recovery, so that the editor starts again from the recovered changes.
  const [recovered, setRecovered] = useState<{ draft: KeptDraft; round: number } | null>(null);
  const recover = useCallback(() => {
    if (offer) setRecovered((r) => ({ draft: offer, round: (r?.round ?? 0) + 1 }));
    setOffer(null);
  }, [offer]);
  const discard = useCallback(() => {
    forgetDraft(storageKey);
    setOffer(null);
  }, [storageKey]);
  const close = useCallback(() => setRecovered(null), []);
  return { storageKey, offer, recovered, recover, discard, close };
}
