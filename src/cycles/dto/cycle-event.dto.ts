import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CYCLE_EVENT_TYPES, CycleEventType } from '../../../workflows/cycle-engine';
import { ObservationInputDto } from '../../observations/dto/observation-input.dto';
import { MAX_OBSERVATIONS } from '../../observations/observation-rules';
import { trimmed } from '../../users/dto/create-user.dto';

export class CycleEventDto {
  @ApiProperty({ description: 'Acción sobre el ciclo', example: 'SUBMIT', enum: [...CYCLE_EVENT_TYPES] })
  @IsIn(CYCLE_EVENT_TYPES, { message: `type debe ser uno de: ${CYCLE_EVENT_TYPES.join(', ')}` })
  type!: CycleEventType;

  // The revision the sender saw; a different current revision means someone acted first.
  @ApiProperty({
    description: 'Revisión del ciclo que vio quien envía; si otra persona actuó antes, se rechaza',
    example: 3,
    type: 'integer',
    minimum: 0,
  })
  @IsInt({ message: 'revision debe ser un número entero' })
  @Min(0, { message: 'revision no puede ser negativa' })
  revision!: number;

  @ApiPropertyOptional({
    description:
      'Comentario; al devolver (RETURN) o denegar la visación (DENY_VISA) se exige un comentario o al menos una observación',
    example: 'Falta desagregar por sexo la dotación del servicio.',
    maxLength: 4000,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'comment debe ser texto' })
  @MaxLength(4000, { message: 'comment admite a lo más 4000 caracteres' })
  comment?: string;

  // RETURN and DENY_VISA only: observations on items or fields of the documents under review.
  @ApiPropertyOptional({
    description: 'Solo RETURN y DENY_VISA: observaciones sobre campos o elementos de los documentos en revisión',
    type: [ObservationInputDto],
    maxItems: MAX_OBSERVATIONS,
  })
  @IsOptional()
  @IsArray({ message: 'observations debe ser una lista' })
  @ArrayMaxSize(MAX_OBSERVATIONS, { message: `observations admite a lo más ${MAX_OBSERVATIONS} observaciones` })
  @ValidateNested({ each: true, message: 'cada observación debe ser un objeto' })
  @Type(() => ObservationInputDto)
  observations?: ObservationInputDto[];
}
