import { IsInt, Max, Min } from 'class-validator';

export class CreateCycleDto {
  @IsInt({ message: 'year debe ser un año (número entero)' })
  @Min(2000, { message: 'year debe ser 2000 o posterior' })
  @Max(2100, { message: 'year debe ser 2100 o anterior' })
  year!: number;
}
