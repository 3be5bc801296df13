import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAGE_IDS, type StageId } from '../../workflows/context';
import { DOCUMENT_KINDS } from './required-fields';
import { SCHEMA_DIALECT } from './content-schema';
import type { DocumentKindView } from './document-kinds.service';

/** GET /api/document-kinds: one kind of document of the cycle. */
export class DocumentKindResponse implements DocumentKindView {
  @ApiProperty({ description: 'Clase de documento', enum: [...DOCUMENT_KINDS], example: 'diagnostic' })
  kind!: string;

  @ApiProperty({ description: 'Nombre del documento', example: 'Diagnóstico' })
  label!: string;

  @ApiProperty({ description: 'Etapa en que se redacta', enum: [...STAGE_IDS], example: 'diagnostic' })
  stage!: StageId;

  @ApiProperty({ description: 'Nombre de la etapa', example: 'Diagnóstico' })
  stageLabel!: string;

  @ApiProperty({
    description: 'Si es un registro (muchas entradas por ciclo, sin aprobación): actividades e informes de avance',
    example: false,
  })
  register!: boolean;

  @ApiProperty({
    description: 'Dirección del JSON Schema de su contenido',
    example: '/api/document-kinds/diagnostic/schema',
  })
  schema!: string;
}

/**
 * GET /api/document-kinds/:kind/schema: a JSON Schema (2020-12) of the kind's content
 * (content-schema buildContentSchema). Its top level is described here; its fields, under
 * `properties`, are each kind's own.
 */
export class DocumentKindSchemaResponse {
  @ApiProperty({ name: '$schema', description: 'Dialecto de JSON Schema', enum: [SCHEMA_DIALECT] })
  $schema!: string;

  @ApiProperty({
    name: '$id',
    description: 'Dirección de este esquema',
    example: '/api/document-kinds/diagnostic/schema',
  })
  $id!: string;

  @ApiProperty({ description: 'Nombre del documento', example: 'Diagnóstico' })
  title!: string;

  @ApiProperty({
    description: 'Qué contiene y qué se exige al guardar y al enviar',
    example:
      'Contenido de «Diagnóstico» (Diagnóstico). Un borrador puede guardarse incompleto: solo los códigos de los elementos son obligatorios al guardar; los campos marcados x-requiredToSubmit se exigen al enviar a aprobación.',
  })
  description!: string;

  @ApiProperty({ name: 'x-stage', description: 'Etapa en que se redacta', enum: [...STAGE_IDS], example: 'diagnostic' })
  'x-stage'!: StageId;

  @ApiProperty({ description: 'Tipo JSON del contenido: siempre un objeto', enum: ['object'], example: 'object' })
  type!: 'object';

  @ApiProperty({ description: 'Siempre false: el contenido no admite campos sin declarar', enum: [false] })
  additionalProperties!: false;

  @ApiProperty({
    description:
      'Los campos del documento, cada uno con su título y ayuda en español (title, description), su tipo y sus marcas x-field, x-cites, x-labels y x-requiredToSubmit',
    type: 'object',
    additionalProperties: true,
    example: { mission: { title: 'Misión', type: ['string', 'null'], maxLength: 4000, 'x-field': 'longText' } },
  })
  properties!: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Los campos que todo guardado debe traer (los códigos de los elementos)',
    type: [String],
    example: ['id'],
  })
  required?: string[];
}
