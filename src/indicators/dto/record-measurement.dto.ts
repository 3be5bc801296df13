import { IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { PERIOD_PATTERN } from '../periods';
import { apply, FiniteNumber } from './number-rules';

// null means "no data for this sex in this period", which the gaps report as missing data.
export class RecordMeasurementDto {
  @IsString({ message: 'period debe ser texto' })
  @Matches(PERIOD_PATTERN, {
    message: 'period debe ser un año (2027), semestre (2027-S1), trimestre (2027-Q3) o mes (2027-06)',
  })
  period!: string;

  @ValidateIf((_, value) => value !== null)
  @apply(...FiniteNumber('women', 0))
  women!: number | null;

  @ValidateIf((_, value) => value !== null)
  @apply(...FiniteNumber('men', 0))
  men!: number | null;

  @IsOptional()
  @apply(...FiniteNumber('notReported', 0))
  notReported?: number;
}
