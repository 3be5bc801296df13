import { CalendarDate, ItemId, NAME_MAX, NestedList, OneOf, Text } from './decorators';

// Stage 5: record of dissemination. 'staff' is internal; the rest are external.

export const DISSEMINATION_AUDIENCES = ['staff', 'clients', 'expert-network', 'dipres', 'other'] as const;
export type DisseminationAudience = (typeof DISSEMINATION_AUDIENCES)[number];

export class DisseminationAction {
  @ItemId('action') id!: string;
  @OneOf(DISSEMINATION_AUDIENCES) audience?: DisseminationAudience;
  @Text(NAME_MAX) channel?: string;
  @CalendarDate() date?: string;
  @Text() description?: string;
}

export class DisseminationContent {
  @NestedList(() => DisseminationAction) actions?: DisseminationAction[];
}
