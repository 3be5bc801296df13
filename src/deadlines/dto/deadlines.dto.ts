import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { isCalendarDate } from '../../documents/content/decorators';
import { DEADLINE_GATES, DeadlineGate } from '../gates';

const GATE_MESSAGE = `gate debe ser uno de: ${DEADLINE_GATES.join(', ')}`;
const IsCalendarDate = () =>
  ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate } },
    {
      message: 'dueDate debe ser una fecha válida con formato AAAA-MM-DD',
    },
  );

export class CalendarDeadlineDto {
  @IsIn(DEADLINE_GATES, { message: GATE_MESSAGE })
  gate!: DeadlineGate;

  @IsCalendarDate()
  dueDate!: string;
}

// The whole calendar of a year: gates left out have no due date.
export class SetCalendarDto {
  @IsArray({ message: 'deadlines debe ser una lista' })
  @ArrayMaxSize(DEADLINE_GATES.length, { message: `deadlines admite a lo más ${DEADLINE_GATES.length} elementos` })
  @ValidateNested({ each: true })
  @Type(() => CalendarDeadlineDto)
  deadlines!: CalendarDeadlineDto[];
}

export class CycleDeadlineDto {
  @IsIn(DEADLINE_GATES, { message: GATE_MESSAGE })
  gate!: DeadlineGate;

  // null removes the cycle's own date: the year's calendar applies again.
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  dueDate!: string | null;
}

// Only the gates listed change.
export class SetCycleDeadlinesDto {
  @IsArray({ message: 'deadlines debe ser una lista' })
  @ArrayMaxSize(DEADLINE_GATES.length, { message: `deadlines admite a lo más ${DEADLINE_GATES.length} elementos` })
  @ValidateNested({ each: true })
  @Type(() => CycleDeadlineDto)
  deadlines!: CycleDeadlineDto[];
}
