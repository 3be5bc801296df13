import { DateRange, IndicatorFormula } from './common.content';
import { Int, ItemId, MEDIUM_MAX, NAME_MAX, Nested, NestedList, Ref, Text } from './decorators';

// Stage 2: the annual work programme, guide §6.2.2 item 2.

export class AnnualIndicator {
  @ItemId('indicator') code!: string;
  @Text(NAME_MAX) name?: string;
  @Ref({ kind: 'plan', items: 'indicators' }) planIndicatorCode?: string;
  @Nested(() => IndicatorFormula) formula?: IndicatorFormula;
  @Text(NAME_MAX) annualGoal?: string;
  @Text(MEDIUM_MAX) verificationMeans?: string;
}

export class WorkActivity {
  @ItemId('activity') id!: string;
  @Ref({ kind: 'plan', items: 'measures' }) measureId?: string;
  @Text() description?: string;
  @Nested(() => DateRange) schedule?: DateRange;
  @Text(MEDIUM_MAX) verificationMeans?: string;
  @Text(NAME_MAX) responsible?: string;
}

export class WorkProgrammeContent {
  @Int(2000, 2100) year?: number;
  @NestedList(() => AnnualIndicator) indicators?: AnnualIndicator[];
  @NestedList(() => WorkActivity) activities?: WorkActivity[];
}
