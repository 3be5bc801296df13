import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SINGLETON_DOCUMENT_KINDS, type SingletonDocumentKind } from '../../../workflows/document-kinds';
import { trimmed } from '../../users/dto/create-user.dto';
import {
  OBSERVATION_ITEM_ID_MAX,
  OBSERVATION_ITEM_ID_PATTERN,
  OBSERVATION_PATH_MAX,
  OBSERVATION_PATH_PATTERN,
  OBSERVATION_TEXT_MAX,
  ObservationInput,
} from '../observation-rules';

// One observation on an item or field of a document under review.
export class ObservationInputDto implements ObservationInput {
  @ApiProperty({
    description: 'Documento en revisión al que se refiere la observación',
    example: 'diagnostic',
    enum: [...SINGLETON_DOCUMENT_KINDS],
  })
  @IsIn(SINGLETON_DOCUMENT_KINDS, { message: 'kind debe ser un documento en revisión' })
  kind!: SingletonDocumentKind;

  @ApiProperty({
    description: 'Lugar en el contenido del documento: campo o elemento, separado por «/»',
    example: 'inequities/INQ-3/gap',
    maxLength: OBSERVATION_PATH_MAX,
    pattern: OBSERVATION_PATH_PATTERN.source,
  })
  @Transform(trimmed)
  @IsString({ message: 'path debe ser texto' })
  @MaxLength(OBSERVATION_PATH_MAX, { message: `path admite a lo más ${OBSERVATION_PATH_MAX} caracteres` })
  @Matches(OBSERVATION_PATH_PATTERN, {
    message: 'path debe indicar el lugar en el documento, por ejemplo «inequities/INQ-3/gap» o «part4»',
  })
  path!: string;

  @ApiPropertyOptional({
    description: 'Identificador del elemento observado, cuando la observación es sobre un elemento de una lista',
    example: 'INQ-3',
    maxLength: OBSERVATION_ITEM_ID_MAX,
    pattern: OBSERVATION_ITEM_ID_PATTERN.source,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'itemId debe ser texto' })
  @MaxLength(OBSERVATION_ITEM_ID_MAX, { message: `itemId admite a lo más ${OBSERVATION_ITEM_ID_MAX} caracteres` })
  @Matches(OBSERVATION_ITEM_ID_PATTERN, {
    message: 'itemId debe ser un identificador de elemento (letras, números, punto, guion)',
  })
  itemId?: string;

  @ApiProperty({
    description: 'Texto de la observación',
    example: 'La brecha no indica la fuente de los datos por sexo.',
    minLength: 1,
    maxLength: OBSERVATION_TEXT_MAX,
  })
  @Transform(trimmed)
  @IsString({ message: 'text debe ser texto' })
  @MinLength(1, { message: 'text no puede estar vacío' })
  @MaxLength(OBSERVATION_TEXT_MAX, { message: `text admite a lo más ${OBSERVATION_TEXT_MAX} caracteres` })
  text!: string;
}
