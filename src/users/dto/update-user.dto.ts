import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from './create-user.dto';

export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'Nombre completo', example: 'María González Soto', minLength: 2, maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(2, { message: 'name debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name?: string;

  @ApiPropertyOptional({
    description: 'Contraseña nueva (al menos 12 caracteres); cierra las sesiones abiertas de la persona',
    example: 'otra-clave-larga-y-segura',
    format: 'password',
    minLength: 12,
    maxLength: 200,
  })
  @IsOptional()
  @IsString({ message: 'password debe ser texto' })
  @MinLength(12, { message: 'password debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'password admite a lo más 200 caracteres' })
  password?: string;

  @ApiPropertyOptional({ description: 'Si la persona puede ingresar (false la desactiva)', example: false })
  @IsOptional()
  @IsBoolean({ message: 'active debe ser verdadero o falso' })
  active?: boolean;
}
