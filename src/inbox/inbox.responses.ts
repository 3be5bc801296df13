import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAGE_IDS } from '../../workflows/context';
import { CYCLE_EVENT_TYPES, type CycleEventType } from '../../workflows/cycle-engine';
import { type DocumentKind } from '../../workflows/document-kinds';
import { EVENT_ACTION_LABELS, STAGE_LABELS, type DocumentStatusCode } from '../../workflows/labels';
import { countsByKey, INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, STAGE, STATE } from '../cycles/cycle.responses';
import type { InboxDocument, InboxItem, InboxPage } from './inbox.service';

export class InboxAgencyResponse {
  @ApiProperty({ description: 'Identificador del servicio', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Código del servicio', example: 'SERNAMEG' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Servicio Nacional de la Mujer y la Equidad de Género' })
  name!: string;
}

export class InboxObservationResponse {
  @ApiProperty({
    description: 'Devolución de la jefatura o visación denegada',
    enum: ['RETURN', 'DENY_VISA'],
    example: 'RETURN',
  })
  type!: 'RETURN' | 'DENY_VISA';

  @ApiProperty({ description: 'Comentario general', example: 'Falta desagregar por sexo la dotación.' })
  comment!: string;

  @ApiProperty({
    description: 'Quién devolvió o denegó',
    type: 'string',
    nullable: true,
    example: 'Jefatura del Servicio',
  })
  by!: string | null;

  @ApiProperty({ description: 'Cuándo', format: 'date-time', example: INSTANT_EXAMPLE })
  at!: string;
}

export class InboxDocumentResponse implements InboxDocument {
  @ApiProperty({ description: 'Clase de documento', enum: DOCUMENT_KINDS, example: 'diagnostic' })
  kind!: DocumentKind;

  @ApiProperty({
    description: 'Estado; null si aún no existe nada de esta clase (un registro sin entradas)',
    enum: DOCUMENT_STATUSES,
    nullable: true,
    example: 'draft',
  })
  status!: DocumentStatusCode | null;

  @ApiProperty({
    description: 'Versión vigente (la de la última entrada, en un registro)',
    type: 'integer',
    example: 1,
  })
  version!: number;

  @ApiProperty({ description: 'Si quien consulta puede redactarlo ahora', example: true })
  writable!: boolean;

  @ApiPropertyOptional({ description: 'Solo registros: cuántas entradas tiene', type: 'integer', example: 4 })
  count?: number;
}

export class InboxItemResponse implements InboxItem {
  @ApiProperty({ description: 'Identificador del ciclo', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Servicio del ciclo', type: InboxAgencyResponse })
  agency!: InboxAgencyResponse;

  @ApiProperty({ description: 'Año del ciclo', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty(STAGE)
  stage!: string;

  @ApiProperty(STATE)
  state!: string;

  @ApiProperty({ description: 'Desde cuándo está en este estado', format: 'date-time', example: INSTANT_EXAMPLE })
  since!: string;

  @ApiProperty({ description: 'Desde cuándo espera a quien consulta', format: 'date-time', example: INSTANT_EXAMPLE })
  awaitingSince!: string;

  @ApiProperty({
    description: 'Las acciones que quien consulta puede realizar ahora',
    enum: [...CYCLE_EVENT_TYPES],
    isArray: true,
    example: ['APPROVE', 'RETURN'],
  })
  actions!: CycleEventType[];

  @ApiProperty({ description: 'Los documentos en juego', type: [InboxDocumentResponse] })
  documents!: InboxDocumentResponse[];

  @ApiProperty({
    description: 'Vencimiento (AAAA-MM-DD) del próximo hito de la etapa',
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-04-30',
  })
  dueDate!: string | null;

  @ApiProperty({ description: 'Nombre de ese hito', type: 'string', nullable: true, example: 'Envío del Diagnóstico' })
  dueLabel!: string | null;

  @ApiProperty({ description: 'Si el hito ya venció', example: false })
  overdue!: boolean;

  @ApiProperty({
    description: 'La última devolución o denegación, si el ciclo volvió a borrador por ella',
    type: InboxObservationResponse,
    nullable: true,
  })
  observation!: InboxObservationResponse | null;
}

const ActionCounts = (name: string, where: string) =>
  countsByKey(
    name,
    CYCLE_EVENT_TYPES,
    (type) => `Ciclos en que puede «${EVENT_ACTION_LABELS[type as CycleEventType]}»${where}`,
    false,
  );

export const InboxActionCountsResponse = ActionCounts('InboxActionCountsResponse', '');
export const InboxStageCountsResponse = countsByKey(
  'InboxStageCountsResponse',
  STAGE_IDS,
  (stage) => `Ciclos en «${STAGE_LABELS[stage as (typeof STAGE_IDS)[number]]}»`,
  false,
);

/** Counted over every item of the caller, whatever the filters; the actions also at the top level. */
export class InboxCountsResponse extends ActionCounts('InboxCountsResponse', ' (igual que en byAction)') {
  @ApiProperty({ description: 'Por acción posible', type: InboxActionCountsResponse })
  byAction!: Partial<Record<CycleEventType, number>>;

  @ApiProperty({
    description: 'Por servicio (identificador → cantidad)',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { [UUID_EXAMPLE]: 2 },
  })
  byAgency!: Record<string, number>;

  @ApiProperty({ description: 'Por etapa', type: InboxStageCountsResponse })
  byStage!: Partial<Record<(typeof STAGE_IDS)[number], number>>;

  @ApiProperty({ description: 'Con su plazo vencido', type: 'integer', example: 1 })
  overdue!: number;

  @ApiProperty({ description: 'Total', type: 'integer', example: 3 })
  total!: number;
}

/** GET /api/inbox (inbox.service InboxPage). */
export class InboxResponse implements Omit<InboxPage, 'counts'> {
  @ApiProperty({ description: 'Cuántos elementos cumplen los filtros', type: 'integer', example: 3 })
  total!: number;

  @ApiProperty({ description: 'Conteos sobre todo lo pendiente, sin filtros', type: InboxCountsResponse })
  counts!: InboxCountsResponse;

  @ApiProperty({ description: 'Máximo de elementos de esta página', type: 'integer', example: 50 })
  limit!: number;

  @ApiProperty({ description: 'Elementos saltados', type: 'integer', example: 0 })
  offset!: number;

  @ApiProperty({ description: 'Lo que espera a quien consulta, lo más antiguo primero', type: [InboxItemResponse] })
  items!: InboxItemResponse[];
}
