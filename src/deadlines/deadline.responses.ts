import { ApiProperty } from '@nestjs/swagger';
import { UUID_EXAMPLE } from '../common/http/api-schema';
import type { DeadlinesService } from './deadlines.service';
import { DEADLINE_GATES, type DeadlineGate } from './gates';

type CycleDeadlines = Awaited<ReturnType<DeadlinesService['forCycle']>>;
type CycleDeadline = CycleDeadlines['deadlines'][number];

/** One due date of a cycle: its own, else its year's calendar. */
export class CycleDeadlineResponse implements CycleDeadline {
  @ApiProperty({ description: 'Hito: «etapa.hito»', enum: [...DEADLINE_GATES], example: 'diagnostic.submission' })
  gate!: DeadlineGate;

  @ApiProperty({ description: 'Vencimiento (AAAA-MM-DD, hora de Chile)', format: 'date', example: '2027-04-30' })
  dueDate!: string;

  @ApiProperty({
    description: 'De dónde viene la fecha: el calendario del año o una fecha propia del ciclo',
    enum: ['calendar', 'cycle'],
    example: 'calendar',
  })
  source!: 'calendar' | 'cycle';

  @ApiProperty({ description: 'Nombre del hito', example: 'Diagnóstico: envío a la Jefatura' })
  label!: string;

  @ApiProperty({ description: 'Si el ciclo aún debe cumplirlo', example: true })
  pending!: boolean;

  @ApiProperty({ description: 'Si está pendiente y ya venció', example: false })
  overdue!: boolean;

  @ApiProperty({ description: 'Días que faltan (negativo: días de atraso)', type: 'integer', example: 12 })
  daysLeft!: number;
}

/** GET /api/cycles/:id/deadlines (and the answer to PUT). */
export class CycleDeadlinesResponse implements Omit<CycleDeadlines, 'deadlines'> {
  @ApiProperty({ description: 'Ciclo', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Año del ciclo', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({ description: 'Sus plazos', type: [CycleDeadlineResponse] })
  deadlines!: CycleDeadlineResponse[];
}

type Calendar = Awaited<ReturnType<DeadlinesService['calendar']>>;
type CalendarDeadline = Calendar['deadlines'][number];

/** One due date of a year's calendar. */
export class CalendarDeadlineResponse implements CalendarDeadline {
  @ApiProperty({ description: 'Hito: «etapa.hito»', enum: [...DEADLINE_GATES], example: 'diagnostic.submission' })
  gate!: DeadlineGate;

  @ApiProperty({ description: 'Nombre del hito', example: 'Diagnóstico: envío a la Jefatura' })
  label!: string;

  @ApiProperty({ description: 'Vencimiento (AAAA-MM-DD, hora de Chile)', format: 'date', example: '2027-04-30' })
  dueDate!: string;
}

/** GET and PUT /api/calendar/:year: the due dates every cycle of that year follows unless it has its own. */
export class CalendarResponse implements Calendar {
  @ApiProperty({ description: 'Año del calendario', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({ description: 'Sus plazos, por fecha', type: [CalendarDeadlineResponse] })
  deadlines!: CalendarDeadlineResponse[];
}
