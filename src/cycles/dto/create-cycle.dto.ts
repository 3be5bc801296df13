import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class CreateCycleDto {
  @ApiProperty({ description: 'Año del ciclo', example: 2027, type: 'integer', minimum: 2000, maximum: 2100 })
  @IsInt({ message: 'year debe ser un año (número entero)' })
  @Min(2000, { message: 'year debe ser 2000 o posterior' })
  @Max(2100, { message: 'year debe ser 2100 o anterior' })
  year!: number;
}
