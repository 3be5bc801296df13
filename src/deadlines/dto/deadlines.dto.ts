import { ApiProperty } from '@nestjs/swagger';
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

const GATE_PROPERTY = {
  description: 'Hito de una etapa: «etapa.hito» (envío, aprobación o visación)',
  example: 'diagnostic.submission',
  enum: [...DEADLINE_GATES],
};

export class CalendarDeadlineDto {
  @ApiProperty(GATE_PROPERTY)
  @IsIn(DEADLINE_GATES, { message: GATE_MESSAGE })
  gate!: DeadlineGate;

  @ApiProperty({
    description: 'Fecha de vencimiento (AAAA-MM-DD, hora de Chile)',
    example: '2027-04-30',
    format: 'date',
  })
  @IsCalendarDate()
  dueDate!: string;
}

// The whole calendar of a year: gates left out have no due date.
export class SetCalendarDto {
  @ApiProperty({
    description: 'El calendario completo del año: los hitos que no se indican quedan sin fecha',
    type: [CalendarDeadlineDto],
    maxItems: DEADLINE_GATES.length,
  })
  @IsArray({ message: 'deadlines debe ser una lista' })
  @ArrayMaxSize(DEADLINE_GATES.length, { message: `deadlines admite a lo más ${DEADLINE_GATES.length} elementos` })
  @ValidateNested({ each: true })
  @Type(() => CalendarDeadlineDto)
  deadlines!: CalendarDeadlineDto[];
}

export class CycleDeadlineDto {
  @ApiProperty(GATE_PROPERTY)
  @IsIn(DEADLINE_GATES, { message: GATE_MESSAGE })
  gate!: DeadlineGate;

  // null removes the cycle's own date: the year's calendar applies again.
  @ApiProperty({
    description: 'Fecha propia del ciclo (AAAA-MM-DD); null la quita y vuelve a regir el calendario del año',
    example: '2027-05-15',
    format: 'date',
    type: 'string',
    nullable: true,
  })
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  dueDate!: string | null;
}

// Only the gates listed change.
export class SetCycleDeadlinesDto {
  @ApiProperty({
    description: 'Fechas propias del ciclo; solo cambian los hitos indicados',
    type: [CycleDeadlineDto],
    maxItems: DEADLINE_GATES.length,
  })
  @IsArray({ message: 'deadlines debe ser una lista' })
  @ArrayMaxSize(DEADLINE_GATES.length, { message: `deadlines admite a lo más ${DEADLINE_GATES.length} elementos` })
  @ValidateNested({ each: true })
  @Type(() => CycleDeadlineDto)
  deadlines!: CycleDeadlineDto[];
}
