import { ApiProperty } from '@nestjs/swagger';
import { GATED_STAGE_IDS } from '../../workflows/context';
import { CYCLE_EVENT_TYPES } from '../../workflows/cycle-engine';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '../../workflows/document-kinds';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  gateStageLabel,
  type DocumentStatusCode,
} from '../../workflows/labels';
import { ROLES, type Role } from '../../workflows/roles';
import { countsByKey, INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { CycleResponse } from './cycle.view';
import type { CyclesService } from './cycles.service';

export const DOCUMENT_KINDS = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];
export const DOCUMENT_STATUSES = Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatusCode[];
type DocumentKind = (typeof DOCUMENT_KINDS)[number];
type CycleEventType = (typeof CYCLE_EVENT_TYPES)[number];
type CycleListItem = Awaited<ReturnType<CyclesService['list']>>[number];

export const CYCLE_STATUS = {
  description: 'Si el ciclo sigue abierto o ya terminó',
  enum: ['open', 'closed'],
} as const;
export const STAGE = {
  description: 'Etapa actual (closed cuando el ciclo terminó)',
  example: 'diagnostic',
} as const;
export const STATE = { description: 'Estado dentro de la etapa', example: 'diagnostic.draft' } as const;

/** A document's place in its cycle (documents/document.views DocumentSummary). */
export class DocumentSummaryResponse {
  @ApiProperty({ description: 'Clase de documento', enum: DOCUMENT_KINDS, example: 'diagnostic' })
  kind!: DocumentKind;

  @ApiProperty({ description: 'Estado del documento', enum: DOCUMENT_STATUSES, example: 'draft' })
  status!: DocumentStatusCode;

  @ApiProperty({ description: 'Versión vigente (0: aún sin contenido)', type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({
    description: 'SHA-256 del contenido vigente; null sin versiones',
    type: 'string',
    nullable: true,
    example: SHA256_EXAMPLE,
  })
  sha256!: string | null;
}

const GateCounts = (name: string, what: string) =>
  countsByKey(name, GATED_STAGE_IDS, (stage) => `${what} en «${gateStageLabel(stage)}»`, true);
export const ReturnsPerGateResponse = GateCounts('ReturnsPerGateResponse', 'Devoluciones de la jefatura');
export const DenialsPerGateResponse = GateCounts('DenialsPerGateResponse', 'Visaciones denegadas');

/** How often each gate sent its documents back (the machine's counters). */
export class CycleCountersResponse {
  @ApiProperty({ description: 'Envíos a aprobación', type: 'integer', example: 3 })
  submissions!: number;

  @ApiProperty({ description: 'Devoluciones por etapa', type: ReturnsPerGateResponse })
  returns!: Record<(typeof GATED_STAGE_IDS)[number], number>;

  @ApiProperty({ description: 'Visaciones denegadas por etapa', type: DenialsPerGateResponse })
  denials!: Record<(typeof GATED_STAGE_IDS)[number], number>;

  @ApiProperty({ description: 'Ajustes del Plan y Programa de Trabajo', type: 'integer', example: 0 })
  adjustments!: number;

  @ApiProperty({ description: 'Revisiones por la Dirección registradas', type: 'integer', example: 0 })
  reviewRounds!: number;
}

export class FrozenVersionResponse {
  @ApiProperty({ description: 'Clase de documento', enum: DOCUMENT_KINDS, example: 'follow-up-programme' })
  kind!: DocumentKind;

  @ApiProperty({ description: 'Versión', type: 'integer', example: 4 })
  version!: number;

  @ApiProperty({ description: 'SHA-256 de esa versión', example: SHA256_EXAMPLE })
  sha256!: string;
}

export class ReviewDecisionsResponse {
  @ApiProperty({ description: 'Si la Dirección decidió modificar el diagnóstico', example: false })
  modifyDiagnostic!: boolean;

  @ApiProperty({ description: 'Si la Dirección decidió modificar el plan', example: false })
  modifyPlan!: boolean;

  @ApiProperty({ description: 'Si la Dirección decidió modificar el Programa de Seguimiento', example: true })
  modifyFollowUpProgramme!: boolean;
}

export class LastReviewResponse {
  @ApiProperty({ description: 'Quién registró la Revisión por la Dirección', format: 'uuid', example: UUID_EXAMPLE })
  by!: string;

  @ApiProperty({ description: 'La versión revisada', type: FrozenVersionResponse })
  document!: FrozenVersionResponse;

  @ApiProperty({ description: 'Lo que decidió la Dirección', type: ReviewDecisionsResponse })
  decisions!: ReviewDecisionsResponse;
}

export const RegisterCountsResponse = countsByKey(
  'RegisterCountsResponse',
  REGISTER_DOCUMENT_KINDS,
  (kind) => `Entradas de «${DOCUMENT_KIND_LABELS[kind as DocumentKind]}»`,
  true,
);

/** A cycle as GET /api/agencies/:agencyId/cycles lists it (cycles.service list). */
export class CycleListItemResponse implements CycleListItem {
  @ApiProperty({ description: 'Identificador del ciclo', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Servicio del ciclo', format: 'uuid', example: UUID_EXAMPLE })
  agencyId!: string;

  @ApiProperty({ description: 'Año del ciclo', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty(STAGE)
  stage!: string;

  @ApiProperty(STATE)
  state!: string;

  @ApiProperty({ ...CYCLE_STATUS, example: 'open' })
  status!: 'open' | 'closed';

  @ApiProperty({ description: 'Revisión del ciclo: cambia con cada acción', type: 'integer', example: 3 })
  revision!: number;

  @ApiProperty({
    description: 'Roles de quienes deben actuar ahora',
    enum: [...ROLES],
    isArray: true,
    example: ['agency_head'],
  })
  awaiting!: Role[];

  @ApiProperty({ description: 'Desde cuándo está en este estado', format: 'date-time', example: INSTANT_EXAMPLE })
  stateEnteredAt!: string;
}

/** GET /api/cycles/:id and the answer to an event (cycle.view CycleResponse). */
export class CycleDetailResponse extends CycleListItemResponse implements CycleResponse {
  @ApiProperty({
    description: 'El ciclo del año anterior del mismo servicio, si existe',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: null,
  })
  previousCycleId!: string | null;

  @ApiProperty({ description: 'Los documentos del ciclo', type: [DocumentSummaryResponse] })
  documents!: DocumentSummaryResponse[];

  @ApiProperty({ description: 'Cuántas entradas tiene cada registro', type: RegisterCountsResponse })
  registers!: Record<(typeof REGISTER_DOCUMENT_KINDS)[number], number>;

  @ApiProperty({
    description: 'Las acciones que quien consulta puede realizar ahora',
    enum: [...CYCLE_EVENT_TYPES],
    isArray: true,
    example: ['SUBMIT'],
  })
  allowedEvents!: CycleEventType[];

  @ApiProperty({ description: 'Cuántas veces cada etapa devolvió sus documentos', type: CycleCountersResponse })
  counters!: CycleCountersResponse;

  @ApiProperty({
    description: 'La última Revisión por la Dirección, si hubo',
    type: LastReviewResponse,
    nullable: true,
  })
  lastReview!: LastReviewResponse | null;
}
