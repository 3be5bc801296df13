import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'enfoque.borrador.';

// Text a person is typing (observations, answers), kept in this browser until it is sent, so that
// a reload, a lost connection or an ended session never loses it. Cleared on sign-out.
export function useKeptText(key: string): [string, (value: string) => void, () => void] {
  const storageKey = PREFIX + key;
  const [value, setValue] = useState<string>(() => localStorage.getItem(storageKey) ?? '');
  useEffect(() => {
    setValue(localStorage.getItem(storageKey) ?? '');
  }, [storageKey]);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      if (next) localStorage.setItem(storageKey, next);
      else localStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  const clear = useCallback(() => update(''), [update]);
  return [value, update, clear];
}

/** Drops every kept text: on "Cerrar sesión", so that the next person on this computer sees none. */
export function forgetKeptTexts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}
