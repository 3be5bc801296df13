import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
export const lowerTrimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto {
  @ApiProperty({
    description: 'Correo electrónico con el que la persona ingresa (se guarda en minúsculas)',
    example: 'encargada.genero@servicio.gob.cl',
    format: 'email',
    maxLength: 254,
  })
  @Transform(lowerTrimmed)
  @IsEmail({}, { message: 'email debe ser un correo electrónico válido' })
  @MaxLength(254, { message: 'email admite a lo más 254 caracteres' })
  email!: string;

  @ApiProperty({ description: 'Nombre completo', example: 'María González Soto', minLength: 2, maxLength: 200 })
  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(2, { message: 'name debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name!: string;

  @ApiProperty({
    description: 'Contraseña inicial (al menos 12 caracteres)',
    example: 'una-clave-larga-y-segura',
    format: 'password',
    minLength: 12,
    maxLength: 200,
  })
  @IsString({ message: 'password debe ser texto' })
  @MinLength(12, { message: 'password debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'password admite a lo más 200 caracteres' })
  password!: string;
}
