import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../users/dto/create-user.dto';

export class CreateAgencyDto {
  @ApiProperty({
    description: 'Código del servicio (se guarda en mayúsculas): letras, dígitos, guiones o guiones bajos',
    example: 'SERNAMEG',
    minLength: 2,
    maxLength: 32,
    pattern: '^[A-Z0-9][A-Z0-9_-]{1,31}$',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString({ message: 'code debe ser texto' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, {
    message: 'code debe tener entre 2 y 32 letras, dígitos, guiones o guiones bajos',
  })
  code!: string;

  @ApiProperty({
    description: 'Nombre del servicio',
    example: 'Servicio Nacional de la Mujer y la Equidad de Género',
    minLength: 3,
    maxLength: 200,
  })
  @Transform(trimmed)
  @IsString({ message: 'name debe ser texto' })
  @MinLength(3, { message: 'name debe tener al menos 3 caracteres' })
  @MaxLength(200, { message: 'name admite a lo más 200 caracteres' })
  name!: string;

  @ApiProperty({
    description: 'Ministerio del que depende el servicio',
    example: 'Ministerio de la Mujer y la Equidad de Género',
    minLength: 3,
    maxLength: 200,
  })
  @Transform(trimmed)
  @IsString({ message: 'ministry debe ser texto' })
  @MinLength(3, { message: 'ministry debe tener al menos 3 caracteres' })
  @MaxLength(200, { message: 'ministry admite a lo más 200 caracteres' })
  ministry!: string;
}
