import { createContext, useContext } from 'react';
import type { Path } from './paths';

// What every control of a document form reads: the whole content (codes are proposed from it and
// references may cite it), the way to change one value, and the API's errors by path.
export interface FormState {
  cycleId: string;
  kind: string;
  root: unknown;
  set: (path: Path, value: unknown) => void;
  errors: ReadonlyMap<string, string[]>;
}

export const FormContext = createContext<FormState | null>(null);

export function useFormState(): FormState {
  const state = useContext(FormContext);
  if (!state) throw new Error('Fuera de un formulario de documento');
  return state;
}
