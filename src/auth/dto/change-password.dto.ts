import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({
    description: 'Contraseña actual',
    example: 'una-clave-larga-y-segura',
    format: 'password',
    minLength: 1,
    maxLength: 200,
  })
  @IsString({ message: 'La contraseña actual debe ser texto' })
  @MinLength(1, { message: 'La contraseña actual es obligatoria' })
  @MaxLength(200, { message: 'La contraseña actual admite a lo más 200 caracteres' })
  currentPassword!: string;

  @ApiProperty({
    description: 'Contraseña nueva (al menos 12 caracteres, distinta de la actual)',
    example: 'otra-clave-larga-y-segura',
    format: 'password',
    minLength: 12,
    maxLength: 200,
  })
  @IsString({ message: 'La contraseña nueva debe ser texto' })
  @MinLength(12, { message: 'La contraseña nueva debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'La contraseña nueva admite a lo más 200 caracteres' })
  newPassword!: string;
}
