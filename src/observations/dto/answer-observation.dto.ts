import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';
import { OBSERVATION_TEXT_MAX } from '../observation-rules';

// The authors' answer to an observation, and whether the document now addresses it.
export class AnswerObservationDto {
  @ApiPropertyOptional({
    description: 'Respuesta de quienes redactan el documento a la observación',
    example: 'Se agregó la fuente: registros administrativos 2026.',
    maxLength: OBSERVATION_TEXT_MAX,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'answer debe ser texto' })
  @MaxLength(OBSERVATION_TEXT_MAX, { message: `answer admite a lo más ${OBSERVATION_TEXT_MAX} caracteres` })
  answer?: string;

  @ApiProperty({ description: 'Si el documento ya atiende la observación', example: true })
  @IsBoolean({ message: 'addressed debe ser verdadero o falso' })
  addressed!: boolean;
}
