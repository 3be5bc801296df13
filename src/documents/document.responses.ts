import { ApiParam, ApiProperty } from '@nestjs/swagger';
import { SINGLETON_DOCUMENT_KINDS, type SingletonDocumentKind } from '../../workflows/document-kinds';
import { INSTANT_EXAMPLE, SHA256_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { Observation } from './document.views';
import type { DocumentVersionSummary, DocumentVersionView, DocumentView } from './documents.service';
import { DocumentSummaryResponse } from '../cycles/cycle.responses';

// The documents' answers. Their controller belongs to the documents feature; the shape of the
// content is described by each kind's schema (GET /api/document-kinds/:kind/schema), so here it
// is a free object.

const CONTENT = {
  description: 'Contenido del documento, según el esquema de su clase; null si aún no se guarda',
  type: 'object',
  additionalProperties: true,
  nullable: true,
  example: { part1: 'Contexto del servicio…' },
} as const;

export class DocumentVersionSummaryResponse implements DocumentVersionSummary {
  @ApiProperty({ description: 'Número de versión', type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'SHA-256 del contenido de esa versión', example: SHA256_EXAMPLE })
  sha256!: string;

  @ApiProperty({ description: 'Quién la guardó', format: 'uuid', example: UUID_EXAMPLE })
  authorId!: string;

  @ApiProperty({
    description: 'Nombre de quien la guardó',
    type: 'string',
    nullable: true,
    example: 'María González Soto',
  })
  authorName!: string | null;

  @ApiProperty({ description: 'Cuándo se guardó', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;

  @ApiProperty({
    description: 'Si se guardó restaurando una versión anterior: su número; null en cualquier otro guardado',
    type: 'integer',
    nullable: true,
    example: null,
  })
  restoredFromVersion!: number | null;
}

export class DocumentVersionRefResponse {
  @ApiProperty({ description: 'Clase de documento', example: 'diagnostic' })
  kind!: string;

  @ApiProperty({ description: 'Versión', type: 'integer', example: 2 })
  version!: number;
}

/** A return or a denial, as an observation on the documents it sent back. */
export class DocumentObservationResponse implements Observation {
  @ApiProperty({ description: 'Cuándo ocurrió', format: 'date-time', example: INSTANT_EXAMPLE })
  at!: string;

  @ApiProperty({
    description: 'Quién devolvió o denegó',
    type: 'string',
    nullable: true,
    example: 'Jefatura del Servicio',
  })
  by!: string | null;

  @ApiProperty({ description: 'Con qué rol', type: 'string', nullable: true, example: 'agency_head' })
  role!: string | null;

  @ApiProperty({ description: 'RETURN (devolución) o DENY_VISA (visación denegada)', example: 'RETURN' })
  type!: string;

  @ApiProperty({ description: 'Comentario general', example: 'Falta desagregar por sexo la dotación.' })
  comment!: string;

  @ApiProperty({ description: 'Las versiones devueltas', type: [DocumentVersionRefResponse] })
  versions!: DocumentVersionRefResponse[];
}

/** GET /api/cycles/:id/documents/:kind (documents.service DocumentView). */
export class DocumentResponse extends DocumentSummaryResponse implements DocumentView {
  @ApiProperty({ description: 'Identificador del documento', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Ciclo al que pertenece', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Nombre del documento', example: 'Diagnóstico' })
  title!: string;

  @ApiProperty(CONTENT)
  content!: Record<string, unknown> | null;

  @ApiProperty({ description: 'Si quien consulta puede modificarlo ahora', example: true })
  editable!: boolean;

  @ApiProperty({ description: 'Última modificación', format: 'date-time', example: INSTANT_EXAMPLE })
  updatedAt!: string;

  @ApiProperty({
    description: 'Todas sus versiones, de la primera a la última',
    type: [DocumentVersionSummaryResponse],
  })
  versions!: DocumentVersionSummaryResponse[];

  @ApiProperty({ description: 'Devoluciones y denegaciones que lo alcanzaron', type: [DocumentObservationResponse] })
  observations!: DocumentObservationResponse[];
}

/** GET /api/cycles/:id/documents/:kind/versions/:version (documents.service DocumentVersionView). */
export class DocumentVersionResponse extends DocumentVersionSummaryResponse implements DocumentVersionView {
  @ApiProperty({ description: 'Ciclo al que pertenece', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiProperty({ description: 'Clase de documento', enum: [...SINGLETON_DOCUMENT_KINDS], example: 'diagnostic' })
  kind!: SingletonDocumentKind;

  @ApiProperty({ ...CONTENT, nullable: false, description: 'Contenido de esa versión, según el esquema de su clase' })
  content!: Record<string, unknown>;
}

export const DOCUMENT_KIND_PARAM = ApiParam({
  name: 'kind',
  description: 'Clase de documento',
  enum: [...SINGLETON_DOCUMENT_KINDS],
  example: 'diagnostic',
});
