import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_ROLES, ROLES } from '../../workflows/roles';
import type { AuthService, describe } from './auth.service';

const UUID = { format: 'uuid', example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e' } as const;

export class MembershipResponse {
  @ApiProperty({ description: 'Identificador de la membresía', ...UUID })
  id!: string;

  @ApiProperty({ description: 'Servicio al que pertenece', ...UUID })
  agencyId!: string;

  @ApiProperty({ description: 'Rol en ese servicio', enum: [...AGENCY_ROLES], example: 'gender_officer' })
  role!: (typeof AGENCY_ROLES)[number];

  @ApiProperty({
    description: 'Centro de responsabilidad (solo centre_lead)',
    type: 'string',
    nullable: true,
    example: null,
  })
  centre!: string | null;
}

/** GET /api/me: who is signed in (auth.service describe). */
export class MeResponse implements ReturnType<typeof describe> {
  @ApiProperty({ description: 'Identificador de la persona', ...UUID })
  id!: string;

  @ApiProperty({ description: 'Correo electrónico', format: 'email', example: 'encargada.genero@servicio.gob.cl' })
  email!: string;

  @ApiProperty({ description: 'Nombre completo', example: 'María González Soto' })
  name!: string;

  @ApiProperty({
    description: 'Todos sus roles, en cualquier servicio',
    enum: [...ROLES],
    isArray: true,
    example: ['gender_officer'],
  })
  roles!: (typeof ROLES)[number][];

  @ApiProperty({ description: 'Sus roles por servicio', type: [MembershipResponse] })
  memberships!: MembershipResponse[];

  @ApiProperty({
    description: 'Servicios que acompaña como experta o experto de SERNAMEG',
    type: 'string',
    format: 'uuid',
    isArray: true,
    example: [],
  })
  expertAgencyIds!: string[];
}

/** POST /api/auth/session: the session is in the cookie; the body says who signed in. */
export class SessionResponse {
  @ApiProperty({ description: 'La persona que inició sesión', type: MeResponse })
  user!: MeResponse;
}

/** POST /api/auth/login: a bearer token for API clients (token.service issue), and who signed in. */
export class LoginResponse implements Awaited<ReturnType<AuthService['login']>> {
  @ApiProperty({
    description: 'Token de acceso: se envía en el encabezado Authorization como «Bearer <token>»',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjJiOGMxZSJ9.c2lnbmF0dXJh',
  })
  accessToken!: string;

  @ApiProperty({ description: 'Segundos de validez del token', type: 'integer', example: 3600 })
  expiresIn!: number;

  @ApiProperty({ description: 'La persona que inició sesión', type: MeResponse })
  user!: MeResponse;
}
