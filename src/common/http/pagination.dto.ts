import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PaginationQuery {
  @ApiPropertyOptional({
    description: 'Cuántos elementos entregar como máximo',
    example: 50,
    default: 50,
    type: 'integer',
    minimum: 1,
    maximum: 200,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit debe ser un número entero' })
  @Min(1, { message: 'limit debe ser al menos 1' })
  @Max(200, { message: 'limit admite a lo más 200' })
  limit = 50;

  @ApiPropertyOptional({
    description: 'Cuántos elementos saltar desde el comienzo de la lista',
    example: 0,
    default: 0,
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset debe ser un número entero' })
  @Min(0, { message: 'offset no puede ser negativo' })
  @Max(1_000_000, { message: 'offset es demasiado grande' })
  offset = 0;
}
