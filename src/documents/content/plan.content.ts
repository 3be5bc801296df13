import { IndicatorFormula } from './common.content';
import { ItemId, MEDIUM_MAX, NAME_MAX, Nested, NestedList, OneOf, Ref, RefList, Text } from './decorators';

// Stage 2: the plan (Plan de acción con Enfoque de Género), guide §6.2.2 item 1.

export class PlanObjective {
  @ItemId('objective') id!: string;
  @Text() description?: string;
}

// An inequity of the diagnostic, described again in the plan with its barriers.
export class CitedInequity {
  @ItemId('citedInequity', { kind: 'diagnostic', items: 'products.inequities' }) inequityId!: string;
  @Text() description?: string;
  @RefList({ kind: 'diagnostic', items: 'products.barriers' }) barrierIds?: string[];
}

export const PROVISION_STEPS = ['design', 'implementation', 'monitoring', 'evaluation'] as const;
export const MEASURE_STEPS = [
  ...PROVISION_STEPS,
  'information-system',
  'complementary',
  'dissemination',
  'new-product',
] as const;
export type MeasureStep = (typeof MEASURE_STEPS)[number];
export const COMPLEMENTARY_AREAS = ['training', 'coordination', 'regulation'] as const;

// Addresses inequities (inequityIds) or says why it stands on its own (justification). The guide
// (§6.2.2) groups the measures by where they act, so that comes first: a stage of the provision of
// a product (and which product), the information systems, a complementary area, dissemination.
export class PlanMeasure {
  @ItemId('measure') id!: string;
  @OneOf(MEASURE_STEPS) step?: MeasureStep;
  @Ref({ kind: 'diagnostic', items: 'products' }) productId?: string;
  @OneOf(COMPLEMENTARY_AREAS) complementaryArea?: (typeof COMPLEMENTARY_AREAS)[number];
  @Text() description?: string;
  @RefList({ kind: 'diagnostic', items: 'products.inequities' }) inequityIds?: string[];
  @Text() justification?: string;
}

export class NotAddressedInequity {
  @ItemId('notAddressedInequity', { kind: 'diagnostic', items: 'products.inequities' }) inequityId!: string;
  @Text() justification?: string;
}

export class PlanIndicator {
  @ItemId('indicator') code!: string;
  @Text(NAME_MAX) name?: string;
  @Nested(() => IndicatorFormula) formula?: IndicatorFormula;
  @Text(MEDIUM_MAX) verificationMeans?: string;
  @Text(MEDIUM_MAX) actualData?: string;
  @Text(NAME_MAX) mediumTermGoal?: string;
  @Text(NAME_MAX) longTermGoal?: string;
}

export class PlanContent {
  @Nested(() => PlanObjective) generalObjective?: PlanObjective;
  @NestedList(() => PlanObjective) specificObjectives?: PlanObjective[];
  @NestedList(() => CitedInequity) inequities?: CitedInequity[];
  @Text() genderAgendaConsistency?: string;
  @NestedList(() => PlanMeasure) measures?: PlanMeasure[];
  @NestedList(() => NotAddressedInequity) notAddressedInequities?: NotAddressedInequity[];
  @NestedList(() => PlanIndicator) indicators?: PlanIndicator[];
}
