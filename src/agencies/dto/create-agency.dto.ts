import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';

export class CreateAgencyDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString({ message: 'code debe ser texto' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, {
    message: 'code debe tener entre 2 y 32 letras, dígitos, guiones o guiones bajos',
  })
  code!: string;

  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(3, { message: 'name debe tener al menos 3 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name!: string;

  @Transform(trimmed)
  @IsString({ message: 'ministry debe ser texto' })
  @MinLength(3, { message: 'ministry debe tener al menos 3 caracteres' })
  @MaxLength(200, { message: 'ministry admite a lo más 200 caracteres' })
  ministry!: string;
}
