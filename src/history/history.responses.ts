import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { ChainObservation, ChainVerification } from './audit-chain';
import type { CycleEvent, EventDocumentRef } from './cycle-event.entity';

export class HistoryDocumentResponse implements EventDocumentRef {
  @ApiProperty({ description: 'Clase de documento', example: 'diagnostic' })
  kind!: string;

  @ApiProperty({ description: 'Versión', type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'SHA-256 de esa versión', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiPropertyOptional({
    description: 'Identificador del documento (entradas de registros)',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  documentId?: string;

  @ApiPropertyOptional({
    description: 'Versión anterior cuyo contenido restauró este guardado',
    type: 'integer',
    example: 2,
  })
  restoredFromVersion?: number;
}

/** A return's or denial's observation on an item (with its text), or an answer's (with its status). */
export class HistoryObservationResponse implements ChainObservation {
  @ApiProperty({ description: 'Identificador de la observación', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiPropertyOptional({ description: 'Clase de documento', example: 'diagnostic' })
  kind?: string;

  @ApiPropertyOptional({ description: 'Versión revisada', type: 'integer', example: 2 })
  version?: number;

  @ApiPropertyOptional({ description: 'Lugar en el documento', example: 'inequities/INQ-3/gap' })
  path?: string;

  @ApiPropertyOptional({ description: 'Elemento observado', type: 'string', nullable: true, example: 'INQ-3' })
  itemId?: string | null;

  @ApiPropertyOptional({ description: 'Texto de la observación', example: 'La brecha no indica la fuente.' })
  text?: string;

  @ApiPropertyOptional({ description: 'Estado tras una respuesta', example: 'addressed' })
  status?: string;
}

type HistoryEntry = Omit<CycleEvent, 'cycleId' | 'cycle'>;

/** One entry of a cycle's audit chain (GET /api/cycles/:id/history). */
export class HistoryEntryResponse implements HistoryEntry {
  @ApiProperty({ description: 'Identificador de la entrada', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Número de orden en el ciclo, desde 1', type: 'integer', example: 4 })
  seq!: number;

  @ApiProperty({ description: 'Qué ocurrió (acción o movimiento)', example: 'SUBMIT' })
  type!: string;

  @ApiProperty({ description: 'Quién actuó', type: 'string', format: 'uuid', nullable: true, example: UUID_EXAMPLE })
  actorId!: string | null;

  @ApiProperty({
    description: 'Su nombre en ese momento',
    type: 'string',
    nullable: true,
    example: 'María González Soto',
  })
  actorName!: string | null;

  @ApiProperty({ description: 'Sus roles en ese momento', type: 'string', isArray: true, example: ['gender_officer'] })
  actorRoles!: string[];

  @ApiProperty({ description: 'Estado anterior', type: 'string', nullable: true, example: 'diagnostic.draft' })
  stateBefore!: string | null;

  @ApiProperty({ description: 'Estado resultante', example: 'diagnostic.submitted' })
  stateAfter!: string;

  @ApiProperty({ description: 'Comentario', type: 'string', nullable: true, example: null })
  comment!: string | null;

  @ApiProperty({ description: 'Versiones de documentos que cubre', type: [HistoryDocumentResponse] })
  documents!: HistoryDocumentResponse[];

  @ApiProperty({
    description: 'Observaciones sobre elementos (devolución, denegación o respuesta); null si no tiene',
    type: [HistoryObservationResponse],
    nullable: true,
  })
  observations!: HistoryObservationResponse[] | null;

  @ApiProperty({
    description: 'Cuándo (ISO 8601 con milisegundos, tal como se firmó)',
    format: 'date-time',
    example: INSTANT_EXAMPLE,
  })
  at!: string;

  @ApiProperty({ description: 'SHA-256 de la entrada anterior (ceros en la primera)', example: SHA256_EXAMPLE })
  prevHash!: string;

  @ApiProperty({ description: 'SHA-256 de esta entrada y la anterior', example: SHA256_EXAMPLE })
  hash!: string;
}

/** GET /api/cycles/:id/history/verify. */
export class ChainVerificationResponse implements ChainVerification {
  @ApiProperty({ description: 'Si la cadena está íntegra', example: true })
  valid!: boolean;

  @ApiProperty({ description: 'Cuántas entradas se verificaron', type: 'integer', example: 12 })
  entries!: number;

  @ApiPropertyOptional({
    description: 'La primera entrada alterada (número de orden), si la hay',
    type: 'integer',
    example: 7,
  })
  firstBrokenEntry?: number;
}
