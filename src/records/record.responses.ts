import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { EvidenceService } from './evidence.service';
import { ALLOWED_MEDIA_TYPES } from './evidence-type';
import type { RecordView } from './record.views';
import type { Verification } from './records.service';

/** A record of the procedure (record.views RecordView). */
export class RecordResponse implements RecordView {
  @ApiProperty({ description: 'Identificador del registro', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Código del registro', example: 'EG-2027-DIAG-v2' })
  code!: string;

  @ApiProperty({ description: 'Título', example: 'Diagnóstico' })
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

type EvidenceView = Awaited<ReturnType<EvidenceService['list']>>[number];
type VerifiedRecord = NonNullable<Verification['record']>;
type VerifiedSignature = NonNullable<Verification['signature']>;
type VerifiedSigner = NonNullable<VerifiedSignature['signer']>;

/** A verification means attached to a register entry (evidence.service toView). */
export class EvidenceFileResponse implements EvidenceView {
  @ApiProperty({ description: 'Identificador del archivo', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({
    description: 'Entrada del registro (actividad o informe de avance) a la que se adjuntó',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  documentId!: string;

  @ApiProperty({
    description: 'Nombre del archivo, saneado y con la extensión de su tipo real',
    example: 'Lista de asistencia taller Valparaíso.pdf',
  })
  fileName!: string;

  @ApiProperty({
    description: 'Tipo del contenido, leído de los bytes del archivo',
    enum: ALLOWED_MEDIA_TYPES,
    example: 'application/pdf',
  })
  mediaType!: string;

  @ApiProperty({ description: 'Tamaño en bytes', type: 'integer', example: 182340 })
  size!: number;

  @ApiProperty({ description: 'SHA-256 del archivo', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiProperty({ description: 'Quién lo adjuntó', format: 'uuid', example: UUID_EXAMPLE })
  uploadedBy!: string;

  @ApiProperty({ description: 'Cuándo se adjuntó', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}

export class VerifiedAgencyResponse {
  @ApiProperty({ description: 'Código del servicio', example: 'MINVU' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Ministerio de Vivienda y Urbanismo' })
  name!: string;
}

/** What the public may know of a genuine record: whose and which, never its content. */
export class VerifiedRecordResponse implements VerifiedRecord {
  @ApiProperty({ description: 'Código del registro', example: 'EG-2027-DIAG-v2' })
  code!: string;

  @ApiProperty({ description: 'Título', example: 'Diagnóstico' })
  title!: string;

  @ApiProperty({ description: 'Clase de registro', example: 'diagnostic' })
  kind!: string;

  @ApiProperty({ description: 'Versión del documento registrada', type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Servicio al que pertenece', type: VerifiedAgencyResponse })
  agency!: VerifiedAgencyResponse;

  @ApiProperty({ description: 'Año del ciclo', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({ description: 'Si sigue vigente (ninguna versión posterior lo reemplazó)', example: true })
  current!: boolean;

  @ApiProperty({
    description: 'Cuándo se emitió',
    type: 'string',
    format: 'date-time',
    nullable: true,
    example: INSTANT_EXAMPLE,
  })
  issuedAt!: string | null;
}

/** Who signed a record: the subject of the certificate in its signature. */
export class SignatureSignerResponse implements VerifiedSigner {
  @ApiProperty({
    description: 'Nombre (CN) del certificado firmante',
    example: 'Enfoque — certificado autofirmado de esta instalación',
  })
  name!: string;

  @ApiProperty({
    description: 'Organización (O) del certificado firmante, si la indica',
    type: 'string',
    nullable: true,
    example: 'Sistema Enfoque de Género',
  })
  organization!: string | null;

  @ApiProperty({
    description: 'Si el certificado es autofirmado (no lo emitió una autoridad certificadora)',
    example: true,
  })
  selfSigned!: boolean;
}

/** The PAdES signature of a record's PDF, as checked when asked (records/signing). */
export class RecordSignatureResponse implements VerifiedSignature {
  @ApiProperty({
    description:
      'valid: el PDF no cambió desde que se firmó y la firma corresponde al certificado; invalid: no; unsigned: el PDF no tiene firma (registros emitidos antes de firmarlos)',
    enum: ['valid', 'invalid', 'unsigned'],
    example: 'valid',
  })
  status!: 'valid' | 'invalid' | 'unsigned';

  @ApiProperty({
    description: 'Por qué la firma no es válida o no existe; null si es válida',
    type: 'string',
    nullable: true,
    example: null,
  })
  problem!: string | null;

  @ApiProperty({
    description: 'Quién firmó, según el certificado de la firma; null si no se puede leer',
    type: SignatureSignerResponse,
    nullable: true,
  })
  signer!: SignatureSignerResponse | null;

  @ApiProperty({
    description: 'Cuándo se firmó (la emisión del registro)',
    type: 'string',
    format: 'date-time',
    nullable: true,
    example: INSTANT_EXAMPLE,
  })
  signedAt!: string | null;
}

/** GET /api/verify/:sha256 (records.service verify). */
export class VerificationResponse implements Verification {
  @ApiProperty({ description: 'Si el código corresponde a un registro emitido', example: true })
  valid!: boolean;

  @ApiProperty({ description: 'El código consultado, en minúsculas', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiPropertyOptional({
    description:
      'Solo si es válido: si el código es del PDF, del documento que registra o, en una lista maestra, del historial del ciclo hasta una entrada',
    enum: ['pdf', 'document', 'history'],
    example: 'pdf',
  })
  matches?: 'pdf' | 'document' | 'history';

  @ApiPropertyOptional({
    description:
      'Solo si es válido: el registro; de una lista maestra, su código, la entrada del historial (version), su fecha (issuedAt) y si el historial siguió después (current)',
    type: VerifiedRecordResponse,
  })
  record?: VerifiedRecordResponse;

  @ApiPropertyOptional({
    description: 'Solo si es válido: la firma electrónica del PDF del registro',
    type: RecordSignatureResponse,
  })
  signature?: RecordSignatureResponse;
}
