import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';
import { COMMITMENT_STATUSES, CommitmentStatus } from '../commitment-status';

// Only the fields sent change; null clears evidence, justification or the responsible person.
export class UpdateCommitmentDto {
  // The revision the sender saw; another one means someone changed it first.
  @ApiProperty({
    description: 'Revisión del compromiso que vio quien envía; si otra persona lo cambió antes, se rechaza',
    example: 2,
    type: 'integer',
    minimum: 0,
  })
  @IsInt({ message: 'revision debe ser un número entero' })
  @Min(0, { message: 'revision no puede ser negativa' })
  revision!: number;

  @ApiPropertyOptional({ description: 'Estado del compromiso', example: 'in-progress', enum: [...COMMITMENT_STATUSES] })
  @IsOptional()
  @IsIn(COMMITMENT_STATUSES, { message: `status debe ser uno de: ${COMMITMENT_STATUSES.join(', ')}` })
  status?: CommitmentStatus;

  // Medios de verificación: where the evidence of what was done can be found.
  @ApiPropertyOptional({
    description: 'Medios de verificación: dónde consta lo realizado; null los borra',
    example: 'Acta del comité de género del 12 de mayo, en la intranet.',
    maxLength: 4000,
    type: 'string',
    nullable: true,
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Transform(trimmed)
  @IsString({ message: 'evidence debe ser texto' })
  @MaxLength(4000, { message: 'evidence admite a lo más 4000 caracteres' })
  evidence?: string | null;

  @ApiPropertyOptional({
    description: 'Justificación, por ejemplo de un compromiso no cumplido; null la borra',
    example: 'El proveedor no entregó el estudio a tiempo.',
    maxLength: 4000,
    type: 'string',
    nullable: true,
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Transform(trimmed)
  @IsString({ message: 'justification debe ser texto' })
  @MaxLength(4000, { message: 'justification admite a lo más 4000 caracteres' })
  justification?: string | null;

  @ApiPropertyOptional({
    description: 'Identificador de la persona responsable del compromiso; null la quita',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
    format: 'uuid',
    type: 'string',
    nullable: true,
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUUID('all', { message: 'responsibleUserId debe ser el id de una persona' })
  responsibleUserId?: string | null;
}
