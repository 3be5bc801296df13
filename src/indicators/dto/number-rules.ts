import { IsNumber, Max, Min } from 'class-validator';

// Measures and goals are finite decimals of a sensible size: no NaN, Infinity or exponents
// big enough to lose precision.
export const VALUE_LIMIT = 1e12;

export const FiniteNumber = (field: string, min = -VALUE_LIMIT): PropertyDecorator[] => [
  IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 },
    { message: `${field} debe ser un número (hasta 6 decimales)` },
  ),
  Min(min, { message: `${field} no puede ser menor que ${min}` }),
  Max(VALUE_LIMIT, { message: `${field} no puede ser mayor que ${VALUE_LIMIT}` }),
];

export const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
