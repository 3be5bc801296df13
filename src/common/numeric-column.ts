import type { ValueTransformer } from 'typeorm';

// PostgreSQL returns numeric as text so that no precision is lost on the way; our measures are
// decimal numbers well within a double, so they are read back as numbers.
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
