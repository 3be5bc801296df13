import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CYCLE_EVENT_TYPES, CycleEventType } from '../../../workflows/cycle-engine';
import { trimmed } from '../../users/dto/create-user.dto';

export class CycleEventDto {
  @IsIn(CYCLE_EVENT_TYPES, { message: `type debe ser uno de: ${CYCLE_EVENT_TYPES.join(', ')}` })
  type!: CycleEventType;

  // The revision the sender saw; a different current revision means someone acted first.
  @IsInt({ message: 'revision debe ser un número entero' })
  @Min(0, { message: 'revision no puede ser negativa' })
  revision!: number;

  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'comment debe ser texto' })
  @MaxLength(4000, { message: 'comment admite a lo más 4000 caracteres' })
  comment?: string;
}
