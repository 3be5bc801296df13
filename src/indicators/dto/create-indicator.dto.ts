import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { FIELD_LABELS } from '../../../workflows/field-labels';
import { ID_PATTERN } from '../../documents/content/decorators';
import { trimmed } from '../../users/dto/create-user.dto';
import { GAP_CONVENTIONS, GapConvention, INDICATOR_UNITS, IndicatorUnit } from '../gap-measures';
import { GOAL_TARGETS, GoalTarget } from '../goal-progress';
import { apply, FiniteNumber, MAX_DECIMALS, VALUE_LIMIT } from './number-rules';

// A decimal as FiniteNumber checks it.
const decimal = (description: string, example: number, minimum = -VALUE_LIMIT) => ({
  description: `${description} (hasta ${MAX_DECIMALS} decimales)`,
  example,
  type: 'number' as const,
  minimum,
  maximum: VALUE_LIMIT,
});

export class ParityBandDto {
  @ApiProperty({
    description: 'Límite inferior de la banda de paridad (razón mujeres/hombres)',
    example: 0.97,
    minimum: 0.5,
    maximum: 1,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'parityBand.lower debe ser un número' })
  @Min(0.5, { message: 'parityBand.lower debe ser al menos 0,5' })
  @Max(1, { message: 'parityBand.lower no puede ser mayor que 1' })
  lower!: number;

  @ApiProperty({
    description: 'Límite superior de la banda de paridad (razón mujeres/hombres)',
    example: 1.03,
    minimum: 1,
    maximum: 2,
  })
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
  @ApiProperty({
    description: 'Código del indicador, el mismo del Formulario H o del plan',
    example: 'H-1',
    maxLength: 32,
    pattern: ID_PATTERN.source,
  })
  @Transform(trimmed)
  @IsString({ message: 'code debe ser texto' })
  @Matches(ID_PATTERN, {
    message: 'code debe tener hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo',
  })
  code!: string;

  @ApiProperty({
    description: 'Nombre del indicador',
    example: 'Porcentaje de mujeres en cargos directivos',
    minLength: 1,
    maxLength: 200,
  })
  @Words('name', 200)
  name!: string;

  @ApiPropertyOptional({
    description: 'Producto estratégico al que se refiere',
    example: 'Programa de atención ciudadana',
    minLength: 1,
    maxLength: 200,
  })
  @IsOptional()
  @Words('product', 200)
  product?: string;

  @ApiProperty({ description: 'Unidad de medida', example: 'percent', enum: [...INDICATOR_UNITS] })
  @IsIn(INDICATOR_UNITS, { message: `unit debe ser uno de: ${INDICATOR_UNITS.join(', ')}` })
  unit!: IndicatorUnit;

  @ApiProperty({
    description: 'Fórmula: qué se cuenta en el numerador',
    example: 'Mujeres en cargos directivos',
    minLength: 1,
    maxLength: 1000,
  })
  @Words('numerator', 1000)
  numerator!: string;

  @ApiPropertyOptional({
    description: 'Fórmula: qué se cuenta en el denominador',
    example: 'Total de cargos directivos',
    minLength: 1,
    maxLength: 1000,
  })
  @IsOptional()
  @Words('denominator', 1000)
  denominator?: string;

  @ApiProperty({
    description: 'Cómo se calcula la brecha entre mujeres y hombres',
    example: 'difference',
    enum: [...GAP_CONVENTIONS],
  })
  @IsIn(GAP_CONVENTIONS, { message: `convention debe ser uno de: ${GAP_CONVENTIONS.join(', ')}` })
  convention!: GapConvention;

  @ApiPropertyOptional({
    description: 'Banda en que la razón mujeres/hombres se considera paridad',
    type: () => ParityBandDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParityBandDto)
  parityBand?: ParityBandDto;

  @ApiProperty({
    description: 'Medios de verificación del indicador',
    example: 'Informe de dotación de la División de Personas',
    minLength: 1,
    maxLength: 1000,
  })
  @Words('verificationMeans', 1000)
  verificationMeans!: string;

  @ApiPropertyOptional({
    description: 'A qué se refiere la meta: la brecha o el valor de las mujeres',
    example: 'gap',
    enum: [...GOAL_TARGETS],
  })
  @IsOptional()
  @IsIn(GOAL_TARGETS, { message: `goalOn debe ser uno de: ${GOAL_TARGETS.join(', ')}` })
  goalOn?: GoalTarget;

  @ApiPropertyOptional(decimal(FIELD_LABELS.baseline, 12.5))
  @IsOptional()
  @apply(...FiniteNumber('baseline'))
  baseline?: number;

  @ApiProperty(decimal(FIELD_LABELS.annualGoal, 5))
  @apply(...FiniteNumber('annualGoal'))
  annualGoal!: number;

  @ApiPropertyOptional(decimal(FIELD_LABELS.mediumTermGoal, 3))
  @IsOptional()
  @apply(...FiniteNumber('mediumTermGoal'))
  mediumTermGoal?: number;

  @ApiPropertyOptional(decimal(FIELD_LABELS.longTermGoal, 0))
  @IsOptional()
  @apply(...FiniteNumber('longTermGoal'))
  longTermGoal?: number;
}
