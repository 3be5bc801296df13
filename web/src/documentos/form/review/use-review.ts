import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { api } from '../../../api/client';
import type { DocumentCheck } from '../../../api/types';
import { focusField } from './focus-field';
import { problemErrors } from './problems';

// "Revisar": the checks a SUBMIT runs, on what is typed now. Once shown, they follow the typing
// (again a moment after it stops), so that a fixed field loses its problem without asking.

export const RECHECK_MS = 1500;

export function useReview(cycleId: string, kind: string, content: unknown) {
  const [result, setResult] = useState<DocumentCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const round = useRef(0);
  const checked = useRef<unknown>(undefined);

  const run = useCallback(
    async (typed: unknown) => {
      const mine = ++round.current;
      setPending(true);
      try {
        const answer = await api<DocumentCheck>(`/cycles/${cycleId}/documents/${kind}/check`, {
          method: 'POST',
          body: { content: typed ?? {} },
        });
        if (mine !== round.current) return;
        checked.current = typed;
        setResult(answer);
        setError(null);
      } catch (failure) {
        if (mine !== round.current) return;
        setError(failure);
      } finally {
        if (mine === round.current) setPending(false);
      }
    },
    [cycleId, kind],
  );

  const shown = result !== null || error !== null;
  useEffect(() => {
    if (!shown || checked.current === content) return;
    const timer = setTimeout(() => void run(content), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [shown, content, run]);

  // Each answer to a run the person asked for (not the ones that follow the typing).
  const [answered, setAnswered] = useState(0);
  const start = useCallback(() => {
    void run(content).then(() => setAnswered((n) => n + 1));
  }, [run, content]);

  const errors = useMemo(() => problemErrors(result?.problems ?? [], kind), [result, kind]);
  return { result, error, pending, errors, start, answered };
}

/**
 * Where the focus goes when a review the person asked for answers: to the answer (its summary of
 * links), or, on arriving from a link to a field (…?revisar=1#campo-…), to that field. With
 * `atOnce`, the review runs on opening.
 */
export function useReviewFocus(review: ReturnType<typeof useReview>, atOnce: boolean, formReady: boolean) {
  const summary = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  const started = useRef(false);
  const handled = useRef(0);
  const { start, answered } = review;
  useEffect(() => {
    if (atOnce && !started.current) {
      started.current = true;
      start();
    }
  }, [atOnce, start]);
  useEffect(() => {
    if (answered === handled.current || !formReady) return;
    const first = handled.current === 0;
    handled.current = answered;
    const field = first && atOnce && hash.startsWith('#campo-') ? decodeURIComponent(hash.slice('#campo-'.length)) : '';
    // After the form has drawn the review's errors.
    requestAnimationFrame(() => {
      if (!field || !focusField(field)) summary.current?.focus();
    });
  }, [answered, formReady, atOnce, hash]);
  return summary;
}
