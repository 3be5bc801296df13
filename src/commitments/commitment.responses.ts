import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import { COMMITMENT_STATUSES, type CommitmentStatus } from './commitment-status';
import type { CommitmentsService } from './commitments.service';
import type { toChangeView, toCommitmentView } from './commitment.view';

type CommitmentView = ReturnType<typeof toCommitmentView>;
type CommitmentList = Awaited<ReturnType<CommitmentsService['list']>>;
type ChangeView = ReturnType<typeof toChangeView>;

/** A commitment of the follow-up programme in force, with the agency's follow-up (commitment.view). */
export class CommitmentResponse implements CommitmentView {
  @ApiProperty({ description: 'Identificador del compromiso', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Ciclo al que pertenece', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Su código en el Programa de Seguimiento', example: 'C-2' })
  itemId!: string;

  @ApiProperty({
    description: 'Qué se comprometió, según el programa',
    example: 'Capacitar en enfoque de género a los equipos de atención de público de las 16 regiones',
  })
  description!: string;

  @ApiProperty({
    description: 'Plazo (AAAA-MM-DD); null si el programa no lo fija',
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2027-11-30',
  })
  deadline!: string | null;

  @ApiProperty({ description: 'Responsable, como lo nombra el programa', example: 'División de Personas' })
  responsible!: string;

  @ApiProperty({
    description: 'Persona que recibe sus recordatorios; null: las encargadas y encargados del servicio',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: null,
  })
  responsibleUserId!: string | null;

  @ApiProperty({ description: 'Estado del compromiso', enum: [...COMMITMENT_STATUSES], example: 'in-progress' })
  status!: CommitmentStatus;

  @ApiProperty({
    description: 'Medios de verificación: dónde consta lo realizado',
    type: 'string',
    nullable: true,
    example: 'Acta del comité de género del 12 de mayo, en la intranet.',
  })
  evidence!: string | null;

  @ApiProperty({
    description: 'Justificación, por ejemplo de un compromiso no cumplido',
    type: 'string',
    nullable: true,
    example: null,
  })
  justification!: string | null;

  @ApiProperty({
    description: 'Si sigue en el Programa de Seguimiento vigente (false: una versión posterior lo retiró)',
    example: true,
  })
  inProgramme!: boolean;

  @ApiProperty({ description: 'Si está abierto y su plazo ya venció (hora de Chile)', example: false })
  overdue!: boolean;

  @ApiProperty({
    description: 'Revisión: cambia con cada modificación; se envía de vuelta al modificarlo',
    type: 'integer',
    example: 2,
  })
  revision!: number;

  @ApiProperty({ description: 'Última modificación', format: 'date-time', example: INSTANT_EXAMPLE })
  updatedAt!: string;
}

/** GET /api/cycles/:id/commitments. */
export class CommitmentListResponse implements CommitmentList {
  @ApiProperty({ description: 'Cuántos compromisos tiene el ciclo', type: 'integer', example: 6 })
  total!: number;

  @ApiProperty({ description: 'Cuántos están vencidos', type: 'integer', example: 1 })
  overdue!: number;

  @ApiProperty({ description: 'Los compromisos, por plazo y código', type: [CommitmentResponse] })
  items!: CommitmentResponse[];
}

// Texts, dates and codes are strings; whether it is in the programme is a boolean.
const VALUE = () => ({ oneOf: [{ type: 'string' }, { type: 'boolean' }], nullable: true });

/** A field's value before and after a change. */
export class CommitmentFieldChangeResponse {
  @ApiProperty({ ...VALUE(), description: 'Valor anterior (null: vacío)', example: 'pending' })
  from!: string | boolean | null;

  @ApiProperty({ ...VALUE(), description: 'Valor nuevo (null: vacío)', example: 'in-progress' })
  to!: string | boolean | null;
}

const changed = (description: string) => ApiPropertyOptional({ description, type: CommitmentFieldChangeResponse });

/** The fields a change touched: by a person (follow-up) or by a new version of the programme. */
export class CommitmentFieldChangesResponse {
  @changed('Estado del compromiso')
  status?: CommitmentFieldChangeResponse;

  @changed('Medios de verificación')
  evidence?: CommitmentFieldChangeResponse;

  @changed('Justificación')
  justification?: CommitmentFieldChangeResponse;

  @changed('Persona responsable de sus recordatorios')
  responsibleUserId?: CommitmentFieldChangeResponse;

  @changed('Qué se comprometió (desde el programa)')
  description?: CommitmentFieldChangeResponse;

  @changed('Plazo (desde el programa)')
  deadline?: CommitmentFieldChangeResponse;

  @changed('Responsable (desde el programa)')
  responsible?: CommitmentFieldChangeResponse;

  @changed('Si sigue en el programa vigente')
  inProgramme?: CommitmentFieldChangeResponse;

  @changed('Su incorporación al seguimiento: de null a su código')
  created?: CommitmentFieldChangeResponse;
}

/** GET /api/commitments/:id/history: one entry (commitment.view toChangeView). */
// changes: FieldChanges is any field name; the class names the fields a change can touch.
export class CommitmentChangeResponse implements Omit<ChangeView, 'changes'> {
  @ApiProperty({ description: 'Revisión del compromiso tras el cambio', type: 'integer', example: 2 })
  revision!: number;

  @ApiProperty({
    description: 'Quién lo cambió: una persona o una nueva versión del programa',
    enum: ['person', 'programme'],
    example: 'person',
  })
  source!: 'person' | 'programme';

  @ApiProperty({
    description: 'Persona que lo cambió; null si fue el programa',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: UUID_EXAMPLE,
  })
  actorId!: string | null;

  @ApiProperty({
    description: 'Nombre de esa persona; null si fue el programa',
    type: 'string',
    nullable: true,
    example: 'María González Soto',
  })
  actorName!: string | null;

  @ApiProperty({ description: 'Los campos que cambiaron', type: CommitmentFieldChangesResponse })
  changes!: CommitmentFieldChangesResponse;

  @ApiProperty({ description: 'Cuándo', format: 'date-time', example: INSTANT_EXAMPLE })
  at!: string;
}
