// The Notificaciones list is paged in the URL (?pagina=2), so that a link reproduces the screen.
export const PAGE_SIZE = 20;
export const PAGE_PARAM = 'pagina';
const MAX_PAGE = 50_000; // the API's offset limit (1 000 000) divided by the page size

/** The page a URL asks for: a whole number from 1; anything else is the first page. */
export function pageFromParam(value: string | null): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export const offsetOf = (page: number): number => (page - 1) * PAGE_SIZE;

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

export const pageHref = (page: number): string =>
  page <= 1 ? '/notificaciones' : `/notificaciones?${PAGE_PARAM}=${page}`;
