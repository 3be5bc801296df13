import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { AGENCY_ROLES, AgencyRole } from '../../../workflows/roles';
import { trimmed } from '../../users/dto/create-user.dto';

export class AddMemberDto {
  @ApiProperty({
    description: 'Identificador de la persona que se incorpora al servicio',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
    format: 'uuid',
  })
  @IsUUID('all', { message: 'userId debe ser un identificador válido' })
  userId!: string;

  @ApiProperty({ description: 'Rol que cumple en el servicio', example: 'gender_officer', enum: [...AGENCY_ROLES] })
  @IsIn(AGENCY_ROLES, { message: `role debe ser uno de: ${AGENCY_ROLES.join(', ')}` })
  role!: AgencyRole;

  // Only a responsibility-centre lead belongs to a centre, and then it must be named.
  @ApiPropertyOptional({
    description: 'Centro de responsabilidad; obligatorio para centre_lead',
    example: 'Departamento de Atención Ciudadana',
    minLength: 2,
    maxLength: 200,
  })
  @ValidateIf((dto: AddMemberDto) => dto.role === 'centre_lead' || dto.centre !== undefined)
  @Transform(trimmed)
  @IsString({ message: 'centre es obligatorio para centre_lead y debe ser texto' })
  @MinLength(2, { message: 'centre debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'centre admite a lo más 200 caracteres' })
  centre?: string;
}
