import { Max, Min, ValidateBy } from 'class-validator';

// Measures and goals are finite decimals of a sensible size: no NaN, Infinity or exponents
// big enough to lose precision.
export const VALUE_LIMIT = 1e12;
export const MAX_DECIMALS = 6;

/** Decimal places of a number as written, also in exponent notation (1e-7 has 7, 1.5e-7 has 8). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = value.toString().toLowerCase().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

// Not class-validator's IsNumber({ maxDecimalPlaces }): it counts decimals on toString(), so
// 1.5e-7 passed as having 4 and 1e-7 made it throw (a 500).
const isFiniteDecimal = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= MAX_DECIMALS;

export const FiniteNumber = (field: string, min = -VALUE_LIMIT): PropertyDecorator[] => [
  ValidateBy(
    { name: 'isFiniteDecimal', validator: { validate: isFiniteDecimal } },
    { message: `${field} debe ser un número (hasta ${MAX_DECIMALS} decimales)` },
  ),
  Min(min, { message: `${field} no puede ser menor que ${min}` }),
  Max(VALUE_LIMIT, { message: `${field} no puede ser mayor que ${VALUE_LIMIT}` }),
];

export const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
