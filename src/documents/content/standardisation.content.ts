import { Bool, ItemId, NAME_MAX, NestedList, SHORT_MAX, Text } from './decorators';

// Stage 6: per product where gender focus applies, the procedure modified (inside the
// QMS) or newly documented (outside it).

export class ProductStandardisation {
  @ItemId('product', { kind: 'strategic-definitions', items: 'products' }) productId!: string;
  @Bool() insideQms?: boolean;
  @Text(NAME_MAX) procedureName?: string;
  @Text(SHORT_MAX) procedureCode?: string;
  @Text() changesMade?: string;
  @Text() newProcedureSummary?: string;
  @Text(NAME_MAX) responsibleCentre?: string;
}

export class StandardisationContent {
  @NestedList(() => ProductStandardisation) products?: ProductStandardisation[];
}
