import { fieldAnchor } from './problems';

/** The controls a person can type in or press. */
export const CONTROLS = 'input:not([type=hidden]), textarea, select, button';

// Moves the focus to a field of the form (from the review's summary, or a link from the cycle):
// its control, else the nearest part of the form that holds it (an item, a list), so that the
// person lands where the problem is and a screen reader reads that part's name.
export function focusField(key: string, root: ParentNode = document): boolean {
  for (let at = key; at !== ''; at = parentKey(at)) {
    const found = root.querySelector<HTMLElement>(`[id="${CSS.escape(fieldAnchor(at))}"]`);
    if (!found) continue;
    const target = found.matches(CONTROLS)
      ? found
      : found.tagName === 'FIELDSET'
        ? found
        : (found.querySelector<HTMLElement>(CONTROLS) ?? found);
    if (!target.matches(CONTROLS) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}

/** 'products[0].clients.women' → 'products[0].clients' → 'products[0]' → 'products' → ''. */
export function parentKey(key: string): string {
  const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
  return cut <= 0 ? '' : key.slice(0, cut);
}
