import { useCallback, useMemo, useState } from 'react';
import type { ItemObservation } from '../../api/types';
import type { FormObservations } from './form-context';
import { useFormSelector, type FormStore } from './form-store';
import { formPlaces, pinPlaces, placeObservations, visibleWithin } from './observation-places';
import { apiPath, type Path } from './paths';
import type { FieldNode } from './schema-tree';

/** The document's observations, as the Documento page hands them to its form. */
export interface EditorObservations {
  /** This document's, newest round first; undefined until they are read (the filter waits for them). */
  list: readonly ItemObservation[] | undefined;
  rounds: ReadonlyMap<number, number>;
  canAnswer: boolean;
  /** The filter "solo los campos con observaciones abiertas" (kept in the address). */
  onlyOpen: boolean;
  setOnlyOpen: (on: boolean) => void;
}

export interface FormObservationsState {
  /** For the form's context; undefined without observations to show. */
  lookup: FormObservations | undefined;
  /** Those about places the content no longer has. */
  unplaced: readonly ItemObservation[];
  /** The filter is on and no field has an open observation. */
  noneOpen: boolean;
}

const NO_PLACES: ReadonlyMap<string, Path> = new Map();
const NOTHING: readonly ItemObservation[] = [];

// The observations placed in the form as it is being typed (the content decides where an item
// now is), and the filter's places, kept while it is on (observation-places.ts, pinPlaces).
export function useFormObservations(
  fields: readonly FieldNode[] | undefined,
  store: FormStore,
  input: EditorObservations | undefined,
): FormObservationsState {
  const list = input?.list ?? NOTHING;
  // Until the observations are read (or when they cannot be), the whole form is shown.
  const onlyOpen = (input?.onlyOpen ?? false) && input?.list !== undefined;
  // Where the places are moves only when items are added, removed, moved or recoded: followed as
  // a key, so that typing a text does not place the observations (and redraw the form) again.
  const placesKey = useFormSelector(
    store,
    useCallback(
      (root: unknown) => (fields && list.length > 0 ? placesSignature(formPlaces(fields, root)) : ''),
      [fields, list],
    ),
  );
  const placed = useMemo(
    () => (fields ? placeObservations(list.length > 0 ? formPlaces(fields, store.getRoot()) : new Map(), list) : null),
    // placesKey stands for the content's places: they are read again when it changes.
    [fields, placesKey, list, store],
  );

  // Derived state kept across renders (React's "adjust state while rendering"): the same map
  // comes back while nothing new is open, so this settles at once.
  const [pinned, setPinned] = useState(NO_PLACES);
  const nextPinned = onlyOpen ? pinPlaces(pinned, placed?.openPlaces ?? []) : NO_PLACES;
  if (nextPinned !== pinned) setPinned(nextPinned);

  const rounds = input?.rounds;
  const canAnswer = input?.canAnswer ?? false;
  const lookup = useMemo((): FormObservations | undefined => {
    if (!placed || !rounds) return undefined;
    const shows = onlyOpen ? visibleWithin([...nextPinned.values()]) : () => true;
    return {
      at: (path) => placed.byPlace.get(apiPath(path)) ?? NOTHING,
      openWithin: (path) => placed.openPlaces.some((place) => isWithin(place, path)),
      shows,
      filtering: onlyOpen,
      rounds,
      canAnswer,
    };
  }, [placed, rounds, canAnswer, onlyOpen, nextPinned]);

  return {
    lookup,
    unplaced: placed?.unplaced ?? NOTHING,
    noneOpen: onlyOpen && placed !== null && nextPinned.size === 0,
  };
}

const isWithin = (place: Path, path: Path): boolean =>
  place.length >= path.length && path.every((step, n) => place[n] === step);

function placesSignature(places: ReadonlyMap<string, { path: Path }>): string {
  let out = '';
  for (const [key, place] of places) out += `${key}\u0001${apiPath(place.path)}\u0002`;
  return out;
}
