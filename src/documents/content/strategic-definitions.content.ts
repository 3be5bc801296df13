import { IndicatorFormula } from './common.content';
import { Bool, ItemId, MEDIUM_MAX, NAME_MAX, Nested, NestedList, Ref, Text } from './decorators';

// Stage 0: Ficha A1 (does gender focus apply to each strategic product?) and Formulario H
// (performance indicators with gender focus).

export class StrategicProduct {
  @ItemId('product') id!: string;
  @Text(NAME_MAX) name?: string;
  @Bool() appliesGenderFocus?: boolean;
  @Text() reason?: string;
}

// Either measures a product where gender focus applies (productId) or mainstreaming itself.
export class PerformanceIndicator {
  @ItemId('indicator') code!: string;
  @Text(NAME_MAX) name?: string;
  @Ref({ kind: 'strategic-definitions', items: 'products' }) productId?: string;
  @Bool() mainstreaming?: boolean;
  @Nested(() => IndicatorFormula) formula?: IndicatorFormula;
  @Text(MEDIUM_MAX) verificationMeans?: string;
  @Text(NAME_MAX) goal?: string;
  @Text(NAME_MAX) baseline?: string;
}

export class StrategicDefinitionsContent {
  @NestedList(() => StrategicProduct) products?: StrategicProduct[];
  @NestedList(() => PerformanceIndicator) indicators?: PerformanceIndicator[];
}
