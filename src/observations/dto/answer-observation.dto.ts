import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';
import { OBSERVATION_TEXT_MAX } from '../observation-rules';

// The authors' answer to an observation, and whether the document now addresses it.
export class AnswerObservationDto {
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'answer debe ser texto' })
  @MaxLength(OBSERVATION_TEXT_MAX, { message: `answer admite a lo más ${OBSERVATION_TEXT_MAX} caracteres` })
  answer?: string;

  @IsBoolean({ message: 'addressed debe ser verdadero o falso' })
  addressed!: boolean;
}
