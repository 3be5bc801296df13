import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { lowerTrimmed } from '../../users/dto/create-user.dto';

export class LoginDto {
  @ApiProperty({
    description: 'Correo electrónico de la persona',
    example: 'encargada.genero@servicio.gob.cl',
    format: 'email',
    minLength: 3,
    maxLength: 254,
  })
  @Transform(lowerTrimmed)
  @IsString({ message: 'email debe ser texto' })
  @MinLength(3, { message: 'email es obligatorio' })
  @MaxLength(254, { message: 'email admite a lo más 254 caracteres' })
  email!: string;

  @ApiProperty({
    description: 'Contraseña',
    example: 'una-clave-larga-y-segura',
    format: 'password',
    minLength: 1,
    maxLength: 200,
  })
  @IsString({ message: 'password debe ser texto' })
  @MinLength(1, { message: 'password es obligatorio' })
  @MaxLength(200, { message: 'password admite a lo más 200 caracteres' })
  password!: string;
}
