import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from './create-user.dto';

export class UpdateUserDto {
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(2, { message: 'name debe tener al menos 2 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name?: string;

  @IsOptional()
  @IsString({ message: 'password debe ser texto' })
  @MinLength(12, { message: 'password debe tener al menos 12 caracteres' })
  @MaxLength(200, { message: 'password admite a lo más 200 caracteres' })
  password?: string;

  @IsOptional()
  @IsBoolean({ message: 'active debe ser verdadero o falso' })
  active?: boolean;
}
