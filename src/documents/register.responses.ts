import { ApiProperty } from '@nestjs/swagger';
import { REGISTER_DOCUMENT_KINDS, type RegisterDocumentKind } from '../../workflows/document-kinds';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { DocumentsService } from './documents.service';

// The answers of the registers (activity records, progress reports): many entries per cycle,
// each registered once, never gated. The content's shape is its kind's schema
// (GET /api/document-kinds/:kind/schema).

type RegisterPage = Awaited<ReturnType<DocumentsService['listRegister']>>;
type RegisterEntry = RegisterPage['items'][number];

/** One entry of a register (documents.service registerEntryView). */
export class RegisterEntryResponse implements RegisterEntry {
  @ApiProperty({ description: 'Identificador de la entrada', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({
    description: 'Registro al que pertenece',
    enum: [...REGISTER_DOCUMENT_KINDS],
    example: 'activity-record',
  })
  kind!: RegisterDocumentKind;

  @ApiProperty({
    description: 'Estado: una entrada queda registrada al crearse',
    enum: ['registered'],
    example: 'registered',
  })
  status!: 'registered';

  @ApiProperty({ description: 'Versión (una entrada tiene una sola)', type: 'integer', example: 1 })
  version!: number;

  @ApiProperty({ description: 'SHA-256 del contenido', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiProperty({ description: 'Quién la registró', format: 'uuid', example: UUID_EXAMPLE })
  authorId!: string;

  @ApiProperty({ description: 'Cuándo se registró', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;

  @ApiProperty({
    description: 'Contenido de la entrada, según el esquema de su clase',
    type: 'object',
    additionalProperties: true,
    example: {
      activityId: 'A-3',
      date: '2027-06-14',
      description: 'Primera sesión del curso «Gestión de ventas para tu negocio» en la oficina regional de Coquimbo.',
      participants: { women: 38, men: 9 },
      verificationMeans: ['Lista de asistencia firmada'],
    },
  })
  content!: Record<string, unknown>;
}

/** GET …/activity-records and …/progress-reports: one page, oldest first. */
export class RegisterEntryListResponse implements RegisterPage {
  @ApiProperty({ description: 'Cuántas entradas tiene el registro en total', type: 'integer', example: 8 })
  total!: number;

  @ApiProperty({
    description: 'Las entradas de esta página, de la más antigua a la más reciente',
    type: [RegisterEntryResponse],
  })
  items!: RegisterEntryResponse[];
}
