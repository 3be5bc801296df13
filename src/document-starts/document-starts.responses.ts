import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMITMENT_STATUSES } from '../documents/content/evaluation.content';
import { INSTANT_EXAMPLE } from '../common/http/api-schema';
import type { EvaluationPrefill } from './evaluation-prefill.service';
import type { EvaluationPrefillContent } from './evaluation-prefill';
import type { PreviousYearDocument } from './previous-year.service';

/** GET /api/cycles/:cycleId/documents/:kind/previous-year. */
export class PreviousYearDocumentResponse implements PreviousYearDocument {
  @ApiProperty({ description: 'Año del ciclo anterior', type: 'integer', example: 2027 })
  year!: number;

  @ApiProperty({
    description: 'Número de la última versión que recibió la visación de SERNAM',
    type: 'integer',
    example: 3,
  })
  version!: number;

  @ApiProperty({ description: 'Cuándo SERNAM otorgó esa visación', format: 'date-time', example: INSTANT_EXAMPLE })
  grantedAt!: string;

  @ApiProperty({
    description: 'Contenido de esa versión, según el esquema de su clase, con los códigos de sus elementos',
    type: 'object',
    additionalProperties: true,
    example: { missionAnalysis: { mission: 'Promover el desarrollo de la micro y pequeña empresa…' } },
  })
  content!: Record<string, unknown>;
}

export class ObjectiveProgressPrefillResponse {
  @ApiProperty({ description: 'Código del objetivo del plan', example: 'OG-1' })
  objectiveId!: string;
}

export class MeasureProgressPrefillResponse {
  @ApiProperty({ description: 'Código de la medida del plan', example: 'M-1' })
  measureId!: string;
}

export class IndicatorResultPrefillResponse {
  @ApiProperty({ description: 'Código del indicador del plan', example: 'IND-1' })
  indicatorCode!: string;

  @ApiPropertyOptional({
    description: 'Resultado medido en el año, en una línea; ausente si el indicador no tiene mediciones del año',
    example: '2027: mujeres 212, hombres 419; participación de mujeres 33,6 %; meta anual 34 %: no cumplida.',
  })
  result?: string;
}

export class PreviousCommitmentPrefillResponse {
  @ApiProperty({ description: 'Código del compromiso del programa de seguimiento del año anterior', example: 'C-1' })
  commitmentId!: string;

  @ApiPropertyOptional({
    description: 'Estado según el seguimiento de compromisos; ausente si aún está pendiente o no se ha seguido',
    enum: [...COMMITMENT_STATUSES],
    example: 'met',
  })
  status?: (typeof COMMITMENT_STATUSES)[number];

  @ApiPropertyOptional({
    description: 'Justificación registrada en el seguimiento de compromisos',
    example: 'El proveedor no entregó el estudio a tiempo.',
  })
  justification?: string;
}

export class EvaluationPrefillContentResponse implements EvaluationPrefillContent {
  @ApiProperty({ description: 'Un avance por cada objetivo del plan', type: [ObjectiveProgressPrefillResponse] })
  objectivesProgress!: ObjectiveProgressPrefillResponse[];

  @ApiProperty({ description: 'Un avance por cada medida del plan', type: [MeasureProgressPrefillResponse] })
  measuresProgress!: MeasureProgressPrefillResponse[];

  @ApiProperty({ description: 'Un resultado por cada indicador del plan', type: [IndicatorResultPrefillResponse] })
  indicatorResults!: IndicatorResultPrefillResponse[];

  @ApiProperty({
    description: 'Un resultado por cada compromiso del programa de seguimiento del año anterior',
    type: [PreviousCommitmentPrefillResponse],
  })
  previousYearFollowUp!: PreviousCommitmentPrefillResponse[];
}

/** GET /api/cycles/:cycleId/documents/evaluation/prefill. */
export class EvaluationPrefillResponse implements EvaluationPrefill {
  @ApiProperty({
    description: 'Año del ciclo (el de las mediciones de los indicadores)',
    type: 'integer',
    example: 2028,
  })
  year!: number;

  @ApiProperty({
    description: 'Año cuyo programa de seguimiento se usó; null si no hay ciclo anterior',
    type: 'integer',
    nullable: true,
    example: 2027,
  })
  previousYear!: number | null;

  @ApiProperty({
    description: 'Contenido propuesto para el Informe de Evaluación; válido según el esquema de su clase',
    type: EvaluationPrefillContentResponse,
  })
  content!: EvaluationPrefillContentResponse;

  @ApiProperty({
    description: 'Lo que no se pudo completar y por qué, en español',
    type: [String],
    example: ['El indicador IND-3 no tiene mediciones de 2028.'],
  })
  notes!: string[];
}
