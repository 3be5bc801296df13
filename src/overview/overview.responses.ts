import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../workflows/roles';
import { UUID_EXAMPLE } from '../common/http/api-schema';
import { DEADLINE_GATES } from '../deadlines/gates';
import type { OverviewRow } from './overview-rows';

// GET /api/overview: one row per agency and year in the caller's scope (overview-rows).

const count = (description: string, example: number) =>
  ApiProperty({ description, type: 'integer', minimum: 0, example });

export class OverviewAgencyResponse {
  @ApiProperty({ description: 'Identificador del servicio', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Código del servicio', example: 'MINVU' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Ministerio de Vivienda y Urbanismo' })
  name!: string;
}

/** What the cycle waits for now. */
export class OverviewPendingGateResponse implements NonNullable<OverviewRow['pendingGate']> {
  @ApiProperty({
    description: 'Hito con plazo en que espera («etapa.hito»); null si lo que espera no tiene plazo',
    type: 'string',
    enum: [...DEADLINE_GATES],
    nullable: true,
    example: 'diagnostic.approval',
  })
  gate!: string | null;

  @ApiProperty({ description: 'Qué espera, en palabras', example: 'Diagnóstico: aprobación de la Jefatura' })
  label!: string;

  @ApiProperty({
    description: 'Roles de quienes deben actuar',
    enum: [...ROLES],
    isArray: true,
    example: ['agency_head'],
  })
  awaiting!: Role[];

  @ApiProperty({
    description: 'Vencimiento de ese hito (AAAA-MM-DD); null si no tiene plazo',
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-05-15',
  })
  dueDate!: string | null;

  @ApiProperty({ description: 'Si ese plazo ya venció', example: false })
  overdue!: boolean;
}

export class OverviewOverdueResponse {
  @count('Plazos del calendario vencidos sin cumplir', 1)
  deadlines!: number;

  @count('Compromisos vencidos', 0)
  commitments!: number;
}

export class OverviewVisaTurnaroundResponse {
  @count('Decisiones de visación de SERNAM en el ciclo', 2)
  decisions!: number;

  @ApiProperty({
    description: 'Días que tardó en promedio cada visación; null sin decisiones',
    type: 'number',
    nullable: true,
    example: 6.5,
  })
  averageDays!: number | null;
}

export class OverviewCommitmentsResponse {
  @count('Compromisos del Programa de Seguimiento', 6)
  total!: number;

  @count('Compromisos cumplidos', 3)
  met!: number;

  @count('Compromisos vencidos', 0)
  overdue!: number;
}

export class OverviewIndicatorsResponse {
  @count('Indicadores con mediciones del año', 4)
  measured!: number;

  @count('De ellos, los que no alcanzan la meta anual o no se pueden evaluar', 1)
  offTarget!: number;
}

/** One agency in one year (a cycle, or none yet). */
export class OverviewRowResponse implements OverviewRow {
  @ApiProperty({ description: 'El servicio', type: OverviewAgencyResponse })
  agency!: OverviewAgencyResponse;

  @ApiProperty({ description: 'Año', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({
    description: 'El ciclo; null si el servicio aún no tiene ciclo ese año',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: UUID_EXAMPLE,
  })
  cycleId!: string | null;

  @ApiProperty({
    description: 'Etapa actual; null sin ciclo',
    type: 'string',
    nullable: true,
    example: 'diagnostic',
  })
  stage!: string | null;

  @ApiProperty({ description: 'Nombre de la etapa («Sin ciclo» si no hay)', example: 'Diagnóstico' })
  stageLabel!: string;

  @ApiProperty({
    description: 'Estado dentro de la etapa; null sin ciclo',
    type: 'string',
    nullable: true,
    example: 'diagnostic.submitted',
  })
  state!: string | null;

  @ApiProperty({
    description: 'Si el ciclo sigue abierto o ya terminó; null sin ciclo',
    type: 'string',
    enum: ['open', 'closed'],
    nullable: true,
    example: 'open',
  })
  status!: 'open' | 'closed' | null;

  @ApiProperty({
    description: 'Días en el estado actual; null sin ciclo',
    type: 'integer',
    nullable: true,
    example: 3,
  })
  daysInState!: number | null;

  @ApiProperty({
    description: 'Lo que el ciclo espera ahora; null si está cerrado o no hay ciclo',
    type: OverviewPendingGateResponse,
    nullable: true,
  })
  pendingGate!: OverviewPendingGateResponse | null;

  @ApiProperty({ description: 'Lo vencido', type: OverviewOverdueResponse })
  overdue!: OverviewOverdueResponse;

  @count('Devoluciones de la Jefatura en el ciclo', 1)
  returns!: number;

  @count('Visaciones denegadas por SERNAM en el ciclo', 0)
  denials!: number;

  @ApiProperty({ description: 'Cuánto tarda SERNAM en visar', type: OverviewVisaTurnaroundResponse })
  visaTurnaround!: OverviewVisaTurnaroundResponse;

  @ApiProperty({ description: 'Avance de los compromisos', type: OverviewCommitmentsResponse })
  commitments!: OverviewCommitmentsResponse;

  @ApiProperty({ description: 'Indicadores del año', type: OverviewIndicatorsResponse })
  indicators!: OverviewIndicatorsResponse;
}

/** GET /api/overview. */
export class OverviewResponse {
  @ApiProperty({
    description: 'El año pedido; null si se pidieron todos',
    type: 'integer',
    nullable: true,
    example: 2027,
  })
  year!: number | null;

  @ApiProperty({ description: 'Cuántas filas hay', type: 'integer', example: 12 })
  total!: number;

  @ApiProperty({
    description: 'Una fila por servicio y año, por código de servicio y año',
    type: [OverviewRowResponse],
  })
  items!: OverviewRowResponse[];
}
