import { ApiProperty } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { EvidenceView } from './evidence.service';

/** A verification means attached to a register entry (evidence.service EvidenceView). */
export class EvidenceResponse implements EvidenceView {
  @ApiProperty({ description: 'Identificador del archivo', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'La entrada de registro a la que pertenece', format: 'uuid', example: UUID_EXAMPLE })
  documentId!: string;

  @ApiProperty({ description: 'Nombre del archivo, tal como se adjuntó', example: 'Acta reunión género.pdf' })
  fileName!: string;

  @ApiProperty({ description: 'Tipo de archivo, leído de su contenido', example: 'application/pdf' })
  mediaType!: string;

  @ApiProperty({ description: 'Tamaño en bytes', type: 'integer', example: 48213 })
  size!: number;

  @ApiProperty({ description: 'SHA-256 del archivo', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiProperty({ description: 'Quién lo adjuntó', format: 'uuid', example: UUID_EXAMPLE })
  uploadedBy!: string;

  @ApiProperty({ description: 'Cuándo se adjuntó', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}
