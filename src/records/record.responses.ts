import { ApiProperty } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { RecordView } from './record.views';

/** A record of the procedure (record.views RecordView). */
export class RecordResponse implements RecordView {
  @ApiProperty({ description: 'Identificador del registro', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Código del registro', example: 'SERNAMEG-2027-DIAG-v2' })
  code!: string;

  @ApiProperty({ description: 'Título', example: 'Diagnóstico visado' })
  title!: string;

  @ApiProperty({ description: 'Clase de registro', example: 'diagnostic' })
  kind!: string;

  @ApiProperty({ description: 'Versión del documento registrada', type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Pendiente de emisión o emitido', enum: ['pending', 'issued'], example: 'issued' })
  status!: 'pending' | 'issued';

  @ApiProperty({
    description: 'SHA-256 del PDF, una vez emitido',
    type: 'string',
    nullable: true,
    example: SHA256_EXAMPLE,
  })
  sha256!: string | null;

  @ApiProperty({ description: 'SHA-256 del documento registrado', example: SHA256_EXAMPLE })
  documentSha256!: string;

  @ApiProperty({
    description: 'El documento o la entrada de registro registrada; null en un certificado de visación',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: UUID_EXAMPLE,
  })
  documentId!: string | null;

  @ApiProperty({
    description: 'Tamaño del PDF en bytes, una vez emitido',
    type: 'integer',
    nullable: true,
    example: 48213,
  })
  size!: number | null;

  @ApiProperty({
    description: 'Cuándo se emitió',
    type: 'string',
    format: 'date-time',
    nullable: true,
    example: INSTANT_EXAMPLE,
  })
  issuedAt!: string | null;

  @ApiProperty({ description: 'Si una versión posterior lo reemplazó', example: false })
  obsolete!: boolean;
}
