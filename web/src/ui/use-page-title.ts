import { useEffect } from 'react';

/** The browser tab's title, so that a screen reader announces where the person landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Enfoque`;
  }, [title]);
}
