import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
export const lowerTrimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto {
  @Transform(lowerTrimmed)
  @IsEmail({}, { message: 'email debe ser un correo electrónico válido' })
  @MaxLength(254, { message: 'email admite a lo más 254 caracteres' })
  email!: string;

  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(2, { message: 'name debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name!: string;

  @IsString({ message: 'password debe ser texto' })
  @MinLength(12, { message: 'password debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'password admite a lo más 200 caracteres' })
  password!: string;
}
