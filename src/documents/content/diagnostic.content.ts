import { CountBySex } from './common.content';
import { Bool, ItemId, MEDIUM_MAX, NAME_MAX, Nested, NestedList, OneOf, OneOfList, Ref, Text } from './decorators';

// Stage 1: the diagnostic report in the five parts of guide §6.2.1.

// Part 1: institutional mission.
export class MissionAnalysis {
  @Text() mission?: string;
  @Text() inequitiesAndGaps?: string;
  @Text() barriers?: string;
}

// Part 2: Gender Agenda, ministerial commitments, institutional priorities.
export class GenderAgendaReview {
  @Text() genderAgenda?: string;
  @Text() ministerialCommitments?: string;
  @Text() institutionalPriorities?: string;
  @Text() applicableGuidelines?: string;
}

// Part 3: strategic objectives.
export class StrategicObjectivesAnalysis {
  @Text() analysis?: string;
  @Text() institutionalProcesses?: string;
  @Text() externalActors?: string;
}

export class DiagnosticInequity {
  @ItemId('inequity') id!: string;
  @Text() description?: string;
  @Text(MEDIUM_MAX) gap?: string;
}

export class DiagnosticBarrier {
  @ItemId('barrier') id!: string;
  @Text() description?: string;
  @Ref({ kind: 'diagnostic', items: 'products.inequities' }) inequityId?: string;
}

// Part 4: one entry per strategic product of the Ficha A1.
export class ProductAnalysis {
  @ItemId('product', { kind: 'strategic-definitions', items: 'products' }) productId!: string;
  @Nested(() => CountBySex) clients?: CountBySex;
  @Text() clientsCharacterisation?: string;
  @Text() designReview?: string;
  @Text() implementationReview?: string;
  @Bool() genderFocusNotApplicable?: boolean;
  @Text() notApplicableReason?: string;
  @NestedList(() => DiagnosticInequity) inequities?: DiagnosticInequity[];
  @NestedList(() => DiagnosticBarrier) barriers?: DiagnosticBarrier[];
}

export const SYSTEM_SCOPES = ['internal', 'external'] as const;
export const DISAGGREGATION_LEVELS = ['full', 'partial', 'none'] as const;
export const INFORMATION_STAGES = ['collection', 'processing', 'analysis', 'dissemination'] as const;

export class InformationSystem {
  @ItemId('informationSystem') id!: string;
  @Text(NAME_MAX) name?: string;
  @OneOf(SYSTEM_SCOPES) scope?: (typeof SYSTEM_SCOPES)[number];
  @OneOf(DISAGGREGATION_LEVELS) disaggregation?: (typeof DISAGGREGATION_LEVELS)[number];
  @Text(MEDIUM_MAX) disaggregationDetail?: string;
  @OneOfList(INFORMATION_STAGES) stagesNeedingMeasures?: (typeof INFORMATION_STAGES)[number][];
}

// Part 5: the guide lists three analyses where PROCEDURE.md lists one.
export class InformationSystemsAnalysis {
  @NestedList(() => InformationSystem) systems?: InformationSystem[];
  @Text() clientStatisticsAnalysis?: string;
  @Text() sectorStatisticsReview?: string;
  @Text() directUserSystemsReview?: string;
}

export class DiagnosticContent {
  @Nested(() => MissionAnalysis) missionAnalysis?: MissionAnalysis;
  @Nested(() => GenderAgendaReview) genderAgenda?: GenderAgendaReview;
  @Nested(() => StrategicObjectivesAnalysis) strategicObjectives?: StrategicObjectivesAnalysis;
  @NestedList(() => ProductAnalysis) products?: ProductAnalysis[];
  @Nested(() => InformationSystemsAnalysis) informationSystems?: InformationSystemsAnalysis;
}
