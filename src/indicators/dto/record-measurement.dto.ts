import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { PERIOD_PATTERN } from '../periods';
import { apply, FiniteNumber, MAX_DECIMALS, VALUE_LIMIT } from './number-rules';

const count = (description: string, example: number) => ({
  description: `${description} (hasta ${MAX_DECIMALS} decimales)`,
  example,
  type: 'number' as const,
  minimum: 0,
  maximum: VALUE_LIMIT,
});

// null means "no data for this sex in this period", which the gaps report as missing data.
export class RecordMeasurementDto {
  @ApiProperty({
    description: 'Período medido: año, semestre, trimestre o mes',
    example: '2027-S1',
    pattern: PERIOD_PATTERN.source,
  })
  @IsString({ message: 'period debe ser texto' })
  @Matches(PERIOD_PATTERN, {
    message: 'period debe ser un año (2027), semestre (2027-S1), trimestre (2027-Q3) o mes (2027-06)',
  })
  period!: string;

  @ApiProperty({ ...count('Valor de las mujeres; null si no hay datos', 42), nullable: true })
  @ValidateIf((_, value) => value !== null)
  @apply(...FiniteNumber('women', 0))
  women!: number | null;

  @ApiProperty({ ...count('Valor de los hombres; null si no hay datos', 58), nullable: true })
  @ValidateIf((_, value) => value !== null)
  @apply(...FiniteNumber('men', 0))
  men!: number | null;

  @ApiPropertyOptional(count('Casos sin sexo registrado', 0))
  @IsOptional()
  @apply(...FiniteNumber('notReported', 0))
  notReported?: number;
}
