import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { AGENCY_ROLES, AgencyRole } from '../../../workflows/roles';
import { trimmed } from '../../users/dto/create-user.dto';

export class AddMemberDto {
  @IsUUID('all', { message: 'userId debe ser un identificador válido' })
  userId!: string;

  @IsIn(AGENCY_ROLES, { message: `role debe ser uno de: ${AGENCY_ROLES.join(', ')}` })
  role!: AgencyRole;

  // Only a responsibility-centre lead belongs to a centre, and then it must be named.
  @ValidateIf((dto: AddMemberDto) => dto.role === 'centre_lead' || dto.centre !== undefined)
  @Transform(trimmed)
  @IsString({ message: 'centre es obligatorio para centre_lead y debe ser texto' })
  @MinLength(2, { message: 'centre debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'centre admite a lo más 200 caracteres' })
  centre?: string;
}
