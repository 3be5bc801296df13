import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_ROLES, type AgencyRole } from '../../workflows/roles';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { AgenciesService } from './agencies.service';
import type { toAgencyView, toMembershipView } from './agency.views';

type MembershipView = ReturnType<typeof toMembershipView>;
type AssignedExpert = Awaited<ReturnType<AgenciesService['listExperts']>>[number];
type ExpertAssignment = Awaited<ReturnType<AgenciesService['assignExpert']>>;

/** A public agency as agency.views toAgencyView shows it. */
export class AgencyResponse implements ReturnType<typeof toAgencyView> {
  @ApiProperty({
    description: 'Identificador del servicio',
    format: 'uuid',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
  })
  id!: string;

  @ApiProperty({ description: 'Código del servicio', example: 'SERNAMEG' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Servicio Nacional de la Mujer y la Equidad de Género' })
  name!: string;

  @ApiProperty({ description: 'Ministerio del que depende', example: 'Ministerio de la Mujer y la Equidad de Género' })
  ministry!: string;

  @ApiProperty({ description: 'Cuándo se creó', format: 'date-time', example: '2027-01-04T12:00:00.000Z' })
  createdAt!: string;
}

const PERSON_ID = { description: 'Identificador de la persona', format: 'uuid', example: UUID_EXAMPLE } as const;
const PERSON_NAME = { description: 'Nombre completo', example: 'Carolina Muñoz Rojas' } as const;
const PERSON_EMAIL = {
  description: 'Correo electrónico',
  format: 'email',
  example: 'carolina.munoz@minvu.gob.cl',
} as const;

/** Who holds a membership, as the list of members shows them. */
export class MemberPersonResponse {
  @ApiProperty(PERSON_ID)
  id!: string;

  @ApiProperty(PERSON_NAME)
  name!: string;

  @ApiProperty(PERSON_EMAIL)
  email!: string;
}

/** POST /api/agencies/:id/members: the membership created (agency.views toMembershipView, without the person). */
export class AgencyMemberResponse implements Omit<MembershipView, 'user'> {
  @ApiProperty({ description: 'Identificador de la membresía', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Servicio', format: 'uuid', example: UUID_EXAMPLE })
  agencyId!: string;

  @ApiProperty(PERSON_ID)
  userId!: string;

  @ApiProperty({ description: 'Rol en el servicio', enum: [...AGENCY_ROLES], example: 'gender_officer' })
  role!: AgencyRole;

  @ApiProperty({
    description: 'Centro de responsabilidad (solo centre_lead; null en los demás roles)',
    type: 'string',
    nullable: true,
    example: 'Departamento de Atención Ciudadana',
  })
  centre!: string | null;

  @ApiProperty({ description: 'Desde cuándo', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}

/** GET /api/agencies/:id/members: each membership with its person. */
export class AgencyMemberWithPersonResponse extends AgencyMemberResponse implements MembershipView {
  @ApiProperty({ description: 'La persona', type: MemberPersonResponse })
  user!: MemberPersonResponse;
}

/** GET /api/agencies/:id/experts: a SERNAM expert assigned to the agency. */
export class AssignedExpertResponse implements AssignedExpert {
  @ApiProperty({ description: 'Servicio que acompaña', format: 'uuid', example: UUID_EXAMPLE })
  agencyId!: string;

  @ApiProperty(PERSON_ID)
  userId!: string;

  @ApiProperty({ ...PERSON_NAME, example: 'Javiera Soto Fuentes' })
  name!: string;

  @ApiProperty({ ...PERSON_EMAIL, example: 'javiera.soto@sernameg.gob.cl' })
  email!: string;

  @ApiProperty({ description: 'Desde cuándo está asignada', format: 'date-time', example: INSTANT_EXAMPLE })
  assignedAt!: string;
}

/** POST /api/agencies/:id/experts: the assignment made. */
export class ExpertAssignmentResponse implements ExpertAssignment {
  @ApiProperty({ description: 'Servicio que acompañará', format: 'uuid', example: UUID_EXAMPLE })
  agencyId!: string;

  @ApiProperty(PERSON_ID)
  userId!: string;

  @ApiProperty({ description: 'Rol que recibe en el servicio', enum: ['sernam_expert'], example: 'sernam_expert' })
  role!: 'sernam_expert';

  @ApiProperty({ description: 'Cuándo se asignó', format: 'date-time', example: INSTANT_EXAMPLE })
  assignedAt!: string;
}
