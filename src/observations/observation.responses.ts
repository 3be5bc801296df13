import { ApiProperty } from '@nestjs/swagger';
import { SINGLETON_DOCUMENT_KINDS } from '../../workflows/document-kinds';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import { OBSERVATION_STATUSES } from './document-observation.entity';
import type { ObservationView } from './observation.view';
import { OBSERVATION_EVENTS } from './observation-rules';

export class ObservationAuthorResponse {
  @ApiProperty({ description: 'Identificador de quien observó', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Su nombre', example: 'Jefatura del Servicio' })
  name!: string;

  @ApiProperty({ description: 'Su rol', enum: ['agency_head', 'sernam_expert'], example: 'agency_head' })
  role!: 'agency_head' | 'sernam_expert';
}

export class ObservationAnswererResponse {
  @ApiProperty({ description: 'Identificador de quien respondió', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Su nombre', example: 'María González Soto' })
  name!: string;
}

/** An observation on an item or field (observation.view ObservationView). */
export class ObservationResponse implements ObservationView {
  @ApiProperty({ description: 'Identificador de la observación', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Ciclo', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Documento observado', enum: [...SINGLETON_DOCUMENT_KINDS], example: 'diagnostic' })
  kind!: (typeof SINGLETON_DOCUMENT_KINDS)[number];

  @ApiProperty({ description: 'Versión revisada', type: 'integer', example: 2 })
  documentVersion!: number;

  @ApiProperty({ description: 'Lugar en el contenido', example: 'inequities/INQ-3/gap' })
  path!: string;

  @ApiProperty({ description: 'Elemento observado', type: 'string', nullable: true, example: 'INQ-3' })
  itemId!: string | null;

  @ApiProperty({ description: 'Texto de la observación', example: 'La brecha no indica la fuente de los datos.' })
  text!: string;

  @ApiProperty({ description: 'Quién observó', type: ObservationAuthorResponse })
  author!: ObservationAuthorResponse;

  @ApiProperty({
    description: 'Número de la entrada del historial que la hizo (su ronda)',
    type: 'integer',
    example: 5,
  })
  eventSeq!: number;

  @ApiProperty({ description: 'Devolución o visación denegada', enum: [...OBSERVATION_EVENTS], example: 'RETURN' })
  eventType!: (typeof OBSERVATION_EVENTS)[number];

  @ApiProperty({ description: 'Cuándo se hizo', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;

  @ApiProperty({ description: 'Abierta, respondida o atendida', enum: [...OBSERVATION_STATUSES], example: 'open' })
  status!: (typeof OBSERVATION_STATUSES)[number];

  @ApiProperty({ description: 'Respuesta de quienes redactan', type: 'string', nullable: true, example: null })
  answer!: string | null;

  @ApiProperty({ description: 'Quién respondió', type: ObservationAnswererResponse, nullable: true })
  answeredBy!: ObservationAnswererResponse | null;

  @ApiProperty({ description: 'Cuándo respondió', type: 'string', format: 'date-time', nullable: true, example: null })
  answeredAt!: string | null;

  @ApiProperty({
    description: 'La versión enviada después de marcarla atendida',
    type: 'integer',
    nullable: true,
    example: null,
  })
  addressedInVersion!: number | null;
}

/** GET /api/cycles/:id/observations. */
export class ObservationListResponse {
  @ApiProperty({ description: 'Cuántas hay', type: 'integer', example: 1 })
  total!: number;

  @ApiProperty({ description: 'Las observaciones del ciclo', type: [ObservationResponse] })
  items!: ObservationResponse[];
}
