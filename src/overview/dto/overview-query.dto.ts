import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class OverviewQuery {
  @ApiPropertyOptional({
    description: 'Año de los ciclos a mostrar; sin él, los de todos los años',
    example: 2027,
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year debe ser un año (número entero)' })
  @Min(2000, { message: 'year debe ser 2000 o posterior' })
  @Max(2100, { message: 'year debe ser 2100 o anterior' })
  year?: number;
}

export class OverviewExportQuery extends OverviewQuery {
  // ';' (Excel in Spanish, the default) or ',' (other tools).
  @ApiPropertyOptional({
    description: 'Separador de columnas del CSV: punto y coma (Excel en español, por omisión) o coma',
    example: 'semicolon',
    enum: ['semicolon', 'comma'],
    default: 'semicolon',
  })
  @IsOptional()
  @IsIn(['semicolon', 'comma'], { message: 'delimiter debe ser semicolon o comma' })
  delimiter?: 'semicolon' | 'comma';
}
