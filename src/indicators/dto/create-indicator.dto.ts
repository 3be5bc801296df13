import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN } from '../../documents/content/decorators';
import { trimmed } from '../../users/dto/create-user.dto';
import { GAP_CONVENTIONS, GapConvention, INDICATOR_UNITS, IndicatorUnit } from '../gap-measures';
import { GOAL_TARGETS, GoalTarget } from '../goal-progress';
import { apply, FiniteNumber } from './number-rules';

export class ParityBandDto {
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'parityBand.lower debe ser un número' })
  @Min(0.5, { message: 'parityBand.lower debe ser al menos 0,5' })
  @Max(1, { message: 'parityBand.lower no puede ser mayor que 1' })
  lower!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'parityBand.upper debe ser un número' })
  @Min(1, { message: 'parityBand.upper debe ser al menos 1' })
  @Max(2, { message: 'parityBand.upper no puede ser mayor que 2' })
  upper!: number;
}

const Words = (field: string, max: number): PropertyDecorator =>
  apply(
    Transform(trimmed),
    IsString({ message: `${field} debe ser texto` }),
    MinLength(1, { message: `${field} no puede estar vacío` }),
    MaxLength(max, { message: `${field} admite a lo más ${max} caracteres` }),
  );

export class CreateIndicatorDto {
  // The same code as in Formulario H or the plan (e.g. H-1, IND-2).
  @Transform(trimmed)
  @IsString({ message: 'code debe ser texto' })
  @Matches(ID_PATTERN, {
    message: 'code debe tener hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo',
  })
  code!: string;

  @Words('name', 200)
  name!: string;

  @IsOptional()
  @Words('product', 200)
  product?: string;

  @IsIn(INDICATOR_UNITS, { message: `unit debe ser uno de: ${INDICATOR_UNITS.join(', ')}` })
  unit!: IndicatorUnit;

  @Words('numerator', 1000)
  numerator!: string;

  @IsOptional()
  @Words('denominator', 1000)
  denominator?: string;

  @IsIn(GAP_CONVENTIONS, { message: `convention debe ser uno de: ${GAP_CONVENTIONS.join(', ')}` })
  convention!: GapConvention;

  @IsOptional()
  @ValidateNested()
  @Type(() => ParityBandDto)
  parityBand?: ParityBandDto;

  @Words('verificationMeans', 1000)
  verificationMeans!: string;

  @IsOptional()
  @IsIn(GOAL_TARGETS, { message: `goalOn debe ser uno de: ${GOAL_TARGETS.join(', ')}` })
  goalOn?: GoalTarget;

  @IsOptional()
  @apply(...FiniteNumber('baseline'))
  baseline?: number;

  @apply(...FiniteNumber('annualGoal'))
  annualGoal!: number;

  @IsOptional()
  @apply(...FiniteNumber('mediumTermGoal'))
  mediumTermGoal?: number;

  @IsOptional()
  @apply(...FiniteNumber('longTermGoal'))
  longTermGoal?: number;
}
