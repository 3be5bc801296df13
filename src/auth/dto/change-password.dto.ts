import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @IsString({ message: 'La contraseña actual debe ser texto' })
  @MinLength(1, { message: 'La contraseña actual es obligatoria' })
  @MaxLength(200, { message: 'La contraseña actual admite a lo más 200 caracteres' })
  currentPassword!: string;

  @IsString({ message: 'La contraseña nueva debe ser texto' })
  @MinLength(12, { message: 'La contraseña nueva debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'La contraseña nueva admite a lo más 200 caracteres' })
  newPassword!: string;
}
