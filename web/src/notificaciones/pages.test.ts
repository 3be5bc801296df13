import { describe, expect, it } from 'vitest';
import { offsetOf, pageCount, pageFromParam, pageHref } from './pages';

describe('pages of the Notificaciones list', () => {
  it('reads the page from the URL, and falls back to the first for anything odd', () => {
    expect(pageFromParam(null)).toBe(1);
    expect(pageFromParam('3')).toBe(3);
    for (const odd of ['0', '-1', '2.5', 'abc', '', '9999999', '1e3']) expect(pageFromParam(odd)).toBe(1);
  });

  it('asks the API for 20 at a time', () => {
    expect(offsetOf(1)).toBe(0);
    expect(offsetOf(3)).toBe(40);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });

  it('links the first page without a parameter', () => {
    expect(pageHref(1)).toBe('/notificaciones');
    expect(pageHref(2)).toBe('/notificaciones?pagina=2');
  });
});
