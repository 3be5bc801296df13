import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LABELS } from '../../workflows/field-labels';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import {
  GAP_CONVENTIONS,
  INDICATOR_UNITS,
  type GapConvention,
  type GapMeasures,
  type IndicatorUnit,
} from './gap-measures';
import { GOAL_TARGETS, type GoalProgress, type GoalTarget } from './goal-progress';
import type { IndicatorResultDraft, IndicatorResultsService } from './indicator-results.service';
import type { SexSeries } from './indicator-series';
import type { IndicatorsService } from './indicators.service';
import type { MeasurementView, toIndicatorView } from './indicator.views';

type IndicatorView = ReturnType<typeof toIndicatorView>;
type IndicatorDetail = Awaited<ReturnType<IndicatorsService['get']>>;

// The answers about indicators: the indicator as registered, each measurement with its gaps and
// goal progress (computed, never typed), and the evaluation's pre-filled results.

const nullableNumber = (description: string, example: number | null) =>
  ({ description, type: 'number', nullable: true, example }) as const;

export class ParityBandResponse {
  @ApiProperty({ description: 'Límite inferior de la banda de paridad (razón mujeres/hombres)', example: 0.97 })
  lower!: number;

  @ApiProperty({ description: 'Límite superior de la banda de paridad (razón mujeres/hombres)', example: 1.03 })
  upper!: number;
}

/** An indicator as indicator.views toIndicatorView shows it. */
export class IndicatorResponse implements IndicatorView {
  @ApiProperty({ description: 'Identificador del indicador', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Servicio al que pertenece', format: 'uuid', example: UUID_EXAMPLE })
  agencyId!: string;

  @ApiProperty({ description: 'Código del indicador, el mismo del Formulario H o del plan', example: 'H-1' })
  code!: string;

  @ApiProperty({ description: 'Nombre del indicador', example: 'Porcentaje de mujeres en cargos directivos' })
  name!: string;

  @ApiProperty({
    description: 'Producto estratégico al que se refiere; null si no mide uno',
    type: 'string',
    nullable: true,
    example: 'Programa de atención ciudadana',
  })
  product!: string | null;

  @ApiProperty({ description: 'Unidad de medida', enum: [...INDICATOR_UNITS], example: 'percent' })
  unit!: IndicatorUnit;

  @ApiProperty({ description: 'Fórmula: qué se cuenta en el numerador', example: 'Mujeres en cargos directivos' })
  numerator!: string;

  @ApiProperty({
    description: 'Fórmula: qué se cuenta en el denominador; null si no tiene',
    type: 'string',
    nullable: true,
    example: 'Total de cargos directivos',
  })
  denominator!: string | null;

  @ApiProperty({
    description: 'Cómo se calcula la brecha entre mujeres y hombres',
    enum: [...GAP_CONVENTIONS],
    example: 'difference',
  })
  convention!: GapConvention;

  @ApiProperty({ description: 'Banda en que la razón mujeres/hombres se considera paridad', type: ParityBandResponse })
  parityBand!: ParityBandResponse;

  @ApiProperty({
    description: FIELD_LABELS.verificationMeans,
    example: 'Informe de dotación de la División de Personas',
  })
  verificationMeans!: string;

  @ApiProperty({
    description: 'A qué se refiere la meta: la brecha o el valor de las mujeres',
    enum: [...GOAL_TARGETS],
    example: 'gap',
  })
  goalOn!: GoalTarget;

  @ApiProperty(nullableNumber(`${FIELD_LABELS.baseline}; null si no se registró`, -20))
  baseline!: number | null;

  @ApiProperty({ description: FIELD_LABELS.annualGoal, type: 'number', example: -10 })
  annualGoal!: number;

  @ApiProperty(nullableNumber(`${FIELD_LABELS.mediumTermGoal}; null si no se registró`, -5))
  mediumTermGoal!: number | null;

  @ApiProperty(nullableNumber(`${FIELD_LABELS.longTermGoal}; null si no se registró`, 0))
  longTermGoal!: number | null;

  @ApiProperty({ description: 'Cuándo se registró', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}

const reason = (description: string) => ApiPropertyOptional({ description, example: 'Falta el dato de hombres.' });

/** Why each undefined measure is undefined (only the measures that are null). */
export class GapReasonsResponse implements Required<GapMeasures['reasons']> {
  @reason('Por qué no se calcula la diferencia')
  difference!: string;

  @reason('Por qué no se calcula la razón')
  ratio!: string;

  @reason('Por qué no se calcula la participación de mujeres')
  share!: string;

  @reason('Por qué no se calcula la brecha relativa')
  relative!: string;

  @reason('Por qué no se evalúa la paridad')
  withinParity!: string;
}

/** The gap measures of one measurement (gap-measures gapMeasures). */
export class GapMeasuresResponse implements GapMeasures {
  @ApiProperty(nullableNumber('Diferencia mujeres − hombres (en puntos porcentuales si son porcentajes)', -16))
  difference!: number | null;

  @ApiProperty(nullableNumber('Razón mujeres/hombres (índice de paridad)', 0.7241))
  ratio!: number | null;

  @ApiProperty(nullableNumber('Participación de mujeres: M / (M + H) · 100', null))
  share!: number | null;

  @ApiProperty(nullableNumber('Brecha relativa: (M − H) / H · 100', -27.5862))
  relative!: number | null;

  @ApiProperty({
    description: 'Si la razón está dentro de la banda de paridad; null si no se puede evaluar',
    type: 'boolean',
    nullable: true,
    example: false,
  })
  withinParity!: boolean | null;

  @ApiProperty({ description: 'Por qué cada medida nula no se calcula', type: GapReasonsResponse })
  reasons!: GapReasonsResponse;

  @ApiProperty({
    description: 'Unidad de la diferencia: puntos porcentuales para porcentajes, si no la del indicador',
    enum: ['percentage-points', ...INDICATOR_UNITS],
    example: 'percentage-points',
  })
  differenceUnit!: 'percentage-points' | IndicatorUnit;

  @ApiProperty({ description: 'La medida que informa el indicador', enum: [...GAP_CONVENTIONS], example: 'difference' })
  convention!: GapConvention;

  @ApiProperty(nullableNumber('El valor de esa medida', -16))
  value!: number | null;
}

/** Progress of one measurement against the annual goal (goal-progress goalProgress). */
export class GoalProgressResponse implements GoalProgress {
  @ApiProperty({ description: 'A qué se refiere la meta', enum: [...GOAL_TARGETS], example: 'gap' })
  goalOn!: GoalTarget;

  @ApiProperty(nullableNumber('El valor medido que se compara con la meta; null si falta un dato', -16))
  value!: number | null;

  @ApiProperty(nullableNumber(FIELD_LABELS.baseline, -20))
  baseline!: number | null;

  @ApiProperty({ description: FIELD_LABELS.annualGoal, type: 'number', example: -10 })
  goal!: number;

  @ApiProperty({
    description: 'Si se alcanzó la meta; null si falta un dato',
    type: 'boolean',
    nullable: true,
    example: false,
  })
  met!: boolean | null;

  @ApiProperty(nullableNumber('Avance desde la línea base hacia la meta, en porcentaje (más de 100 si se superó)', 40))
  progress!: number | null;

  @ApiProperty({
    description: 'Por qué no se calcula el avance; null si se calcula',
    type: 'string',
    nullable: true,
    example: null,
  })
  reason!: string | null;
}

/** One measurement with its gaps and goal progress (indicator.views MeasurementView). */
export class MeasurementResponse implements MeasurementView {
  @ApiProperty({ description: 'Período medido: año, semestre, trimestre o mes', example: '2027-S1' })
  period!: string;

  @ApiProperty(nullableNumber('Valor de las mujeres; null si no hay datos', 42))
  women!: number | null;

  @ApiProperty(nullableNumber('Valor de los hombres; null si no hay datos', 58))
  men!: number | null;

  @ApiProperty(nullableNumber('Casos sin sexo registrado; null si no se informaron', null))
  notReported!: number | null;

  @ApiProperty({ description: 'Las brechas entre mujeres y hombres', type: GapMeasuresResponse })
  gaps!: GapMeasuresResponse;

  @ApiProperty({ description: 'El avance hacia la meta anual', type: GoalProgressResponse })
  goalProgress!: GoalProgressResponse;

  @ApiProperty({ description: 'Cuándo se registró', format: 'date-time', example: INSTANT_EXAMPLE })
  recordedAt!: string;
}

const valuesBySex = (description: string, example: (number | null)[]) =>
  ({ description, type: 'array', items: { type: 'number', nullable: true }, example }) as const;

/** The values of women and men across periods, for a chart. */
export class SexSeriesResponse implements SexSeries {
  @ApiProperty({ description: 'Los períodos, en orden', type: [String], example: ['2026', '2027-S1'] })
  periods!: string[];

  @ApiProperty(valuesBySex('Valor de las mujeres en cada período (null: sin datos)', [38, 42]))
  women!: (number | null)[];

  @ApiProperty(valuesBySex('Valor de los hombres en cada período (null: sin datos)', [62, 58]))
  men!: (number | null)[];
}

/** GET /api/indicators/:id: the indicator with its measurements. */
export class IndicatorDetailResponse extends IndicatorResponse implements IndicatorDetail {
  @ApiProperty({ description: 'Sus mediciones, por período', type: [MeasurementResponse] })
  measurements!: MeasurementResponse[];

  @ApiProperty({ description: 'Valores de mujeres y hombres por período', type: SexSeriesResponse })
  series!: SexSeriesResponse;
}

/** One indicator of the plan with its result pre-filled from the year's last measurement. */
export class IndicatorResultDraftResponse implements IndicatorResultDraft {
  @ApiProperty({ description: 'Código del indicador en el plan', example: 'H-1' })
  indicatorCode!: string;

  @ApiProperty({
    description: 'El resultado en una línea, listo para el informe; null si no hay medición del año',
    type: 'string',
    nullable: true,
    example: '2027-S1: mujeres 42 %, hombres 58 %; diferencia M−H −16 pp; meta anual −10 pp: no cumplida.',
  })
  result!: string | null;

  @ApiProperty({ description: 'El análisis, que redacta la encargada o el encargado (vacío)', example: '' })
  analysis!: string;

  @ApiProperty({
    description: 'El indicador registrado con ese código; null si no hay uno',
    type: 'string',
    format: 'uuid',
    nullable: true,
    example: UUID_EXAMPLE,
  })
  indicatorId!: string | null;

  @ApiProperty({
    description: 'La última medición del año; null si no hay',
    type: MeasurementResponse,
    nullable: true,
  })
  measurement!: MeasurementResponse | null;

  @ApiProperty({
    description: 'Por qué no hay resultado que ofrecer; null si lo hay',
    type: 'string',
    nullable: true,
    example: null,
  })
  missing!: string | null;
}

/** GET /api/cycles/:id/indicator-results. */
export class IndicatorResultsResponse implements Awaited<ReturnType<IndicatorResultsService['prefill']>> {
  @ApiProperty({ description: 'Año del ciclo, del que se toman las mediciones', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({
    description: 'Un resultado por indicador del plan vigente, en el orden del plan',
    type: [IndicatorResultDraftResponse],
  })
  indicatorResults!: IndicatorResultDraftResponse[];
}
