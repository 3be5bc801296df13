import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';
import { COMMITMENT_STATUSES, CommitmentStatus } from '../commitment-status';

// Only the fields sent change; null clears evidence, justification or the responsible person.
export class UpdateCommitmentDto {
  // The revision the sender saw; another one means someone changed it first.
  @IsInt({ message: 'revision debe ser un número entero' })
  @Min(0, { message: 'revision no puede ser negativa' })
  revision!: number;

  @IsOptional()
  @IsIn(COMMITMENT_STATUSES, { message: `status debe ser uno de: ${COMMITMENT_STATUSES.join(', ')}` })
  status?: CommitmentStatus;

  // Medios de verificación: where the evidence of what was done can be found.
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Transform(trimmed)
  @IsString({ message: 'evidence debe ser texto' })
  @MaxLength(4000, { message: 'evidence admite a lo más 4000 caracteres' })
  evidence?: string | null;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Transform(trimmed)
  @IsString({ message: 'justification debe ser texto' })
  @MaxLength(4000, { message: 'justification admite a lo más 4000 caracteres' })
  justification?: string | null;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUUID('all', { message: 'responsibleUserId debe ser el id de una persona' })
  responsibleUserId?: string | null;
}
