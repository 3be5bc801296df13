import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class OverviewQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year debe ser un año (número entero)' })
  @Min(2000, { message: 'year debe ser 2000 o posterior' })
  @Max(2100, { message: 'year debe ser 2100 o anterior' })
  year?: number;
}

export class OverviewExportQuery extends OverviewQuery {
  // ';' (Excel in Spanish, the default) or ',' (other tools).
  @IsOptional()
  @IsIn(['semicolon', 'comma'], { message: 'delimiter debe ser semicolon o comma' })
  delimiter?: 'semicolon' | 'comma';
}
