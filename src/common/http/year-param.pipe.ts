import { ParseIntPipe, PipeTransform } from '@nestjs/common';
import { badRequest } from '../errors/domain.exception';

const invalidYear = () => badRequest('INVALID_YEAR', 'El año debe ser un número entre 2000 y 2100');
const parse = new ParseIntPipe({ exceptionFactory: invalidYear });

// A year in the path (/calendar/2027).
export const YearParam: PipeTransform<string, Promise<number>> = {
  async transform(value: string) {
    const year = await parse.transform(value, { type: 'param' });
    if (year < 2000 || year > 2100) throw invalidYear();
    return year;
  },
};
