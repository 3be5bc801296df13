import { ApiProperty } from '@nestjs/swagger';
import { REGISTER_DOCUMENT_KINDS, type RegisterDocumentKind } from '../../workflows/document-kinds';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { RegisterEntryView, RegisterPage } from './document.views';
import type { DocumentStatus } from './store/cycle-document.entity';

// The registers' answers (activity records, progress reports): each entry is recorded once, with
// its content as its kind's schema describes it (GET /api/document-kinds/:kind/schema).

/** One entry of a register (document.views RegisterEntryView). */
export class RegisterEntryResponse implements RegisterEntryView {
  @ApiProperty({ description: 'Identificador de la entrada', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Clase de registro', enum: [...REGISTER_DOCUMENT_KINDS], example: 'activity-record' })
  kind!: RegisterDocumentKind;

  @ApiProperty({ description: 'Estado: una entrada queda registrada', type: 'string', example: 'registered' })
  status!: DocumentStatus;

  @ApiProperty({ description: 'Versión registrada', type: 'integer', example: 1 })
  version!: number;

  @ApiProperty({ description: 'SHA-256 del contenido registrado', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiProperty({ description: 'Quién la registró', format: 'uuid', example: UUID_EXAMPLE })
  authorId!: string;

  @ApiProperty({
    description: 'Nombre de quien la registró',
    type: 'string',
    nullable: true,
    example: 'María González Soto',
  })
  authorName!: string | null;

  @ApiProperty({ description: 'Cuándo se registró', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;

  @ApiProperty({
    description: 'Contenido de la entrada, según el esquema de su clase',
    type: 'object',
    additionalProperties: true,
    example: { activityId: 'A-3', date: '2027-06-14' },
  })
  content!: Record<string, unknown>;
}

/** GET /api/cycles/:id/activity-records and …/progress-reports (document.views RegisterPage). */
export class RegisterPageResponse implements RegisterPage {
  @ApiProperty({ description: 'Cuántas entradas tiene el registro', type: 'integer', example: 1 })
  total!: number;

  @ApiProperty({
    description: 'Las entradas de esta página, de la más antigua a la más reciente',
    type: [RegisterEntryResponse],
  })
  items!: RegisterEntryResponse[];

  @ApiProperty({
    description: 'Si quien consulta puede registrar entradas ahora (durante la implementación, con su rol)',
    example: true,
  })
  editable!: boolean;
}
