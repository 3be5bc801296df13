import { createContext, useContext } from 'react';
import type { ItemObservation } from '../../api/types';
import { useFormValue, type FormStore } from './form-store';
import type { Path } from './paths';

// What every control of a document form reads: the content being typed (in a store each control
// subscribes to, so that a key redraws only the field it changes; form-store.ts), the way to
// change one value, and the API's errors by path. The context itself changes only with the
// errors or the observations.
export interface FormState {
  cycleId: string;
  kind: string;
  store: FormStore;
  set: (path: Path, value: unknown) => void;
  errors: ReadonlyMap<string, string[]>;
  /** The head's and SERNAM's observations at their places (absent: the form shows none). */
  observations?: FormObservations;
}

/** The observations of the document as the form shows them (built once per render, observation-places.ts). */
export interface FormObservations {
  /** Those made at a field's control or an item's card. */
  at: (path: Path) => readonly ItemObservation[];
  /** Whether an open observation is at this place or deeper in it (an item's card is then drawn open). */
  openWithin: (path: Path) => boolean;
  /** Whether a field or item is drawn: false for those the filter to open observations hides. */
  shows: (path: Path) => boolean;
  /** The filter to open observations is on. */
  filtering: boolean;
  /** Round of review of each return or denial (event seq → 1, 2, …). */
  rounds: ReadonlyMap<number, number>;
  /** The authors may answer them now (the document is a draft). */
  canAnswer: boolean;
}

export const FormContext = createContext<FormState | null>(null);

export function useFormState(): FormState {
  const state = useContext(FormContext);
  if (!state) throw new Error('Fuera de un formulario de documento');
  return state;
}

/** The value at one path of the content being typed; the control redraws when it changes. */
export function useValueAt(path: Path): unknown {
  return useFormValue(useFormState().store, path);
}
