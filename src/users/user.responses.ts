import { ApiProperty } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import type { UsersService } from './users.service';
import type { UserView } from './user.view';

type UserPage = Awaited<ReturnType<UsersService['list']>>;

/** A person as user.view toUserView shows it (never the password). */
export class UserResponse implements UserView {
  @ApiProperty({ description: 'Identificador de la persona', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({
    description: 'Correo electrónico, en minúsculas',
    format: 'email',
    example: 'encargada.genero@sernameg.gob.cl',
  })
  email!: string;

  @ApiProperty({ description: 'Nombre completo', example: 'María González Soto' })
  name!: string;

  @ApiProperty({ description: 'Si puede iniciar sesión (false: desactivada)', example: true })
  active!: boolean;

  @ApiProperty({ description: 'Si administra la plataforma', example: false })
  isAdmin!: boolean;

  @ApiProperty({ description: 'Cuándo se creó', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}

/** GET /api/users: one page, ordered by e-mail. */
export class UserListResponse implements UserPage {
  @ApiProperty({ description: 'Las personas de esta página, por correo electrónico', type: [UserResponse] })
  items!: UserResponse[];

  @ApiProperty({ description: 'Cuántas personas hay en total', type: 'integer', example: 42 })
  total!: number;
}
