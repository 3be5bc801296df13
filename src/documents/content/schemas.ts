import type { DocumentKind } from '../../../workflows/document-kinds';
import { ActivityRecordContent } from './activity-record.content';
import { DiagnosticContent } from './diagnostic.content';
import { DisseminationContent } from './dissemination.content';
import { EvaluationContent } from './evaluation.content';
import { FollowUpProgrammeContent } from './follow-up-programme.content';
import { ManagementReviewContent } from './management-review.content';
import { PlanContent } from './plan.content';
import { ProgressReportContent } from './progress-report.content';
import { StandardisationContent } from './standardisation.content';
import { StrategicDefinitionsContent } from './strategic-definitions.content';
import { WorkProgrammeContent } from './work-programme.content';

export interface ContentByKind {
  'strategic-definitions': StrategicDefinitionsContent;
  diagnostic: DiagnosticContent;
  plan: PlanContent;
  'work-programme': WorkProgrammeContent;
  evaluation: EvaluationContent;
  'follow-up-programme': FollowUpProgrammeContent;
  'management-review': ManagementReviewContent;
  dissemination: DisseminationContent;
  standardisation: StandardisationContent;
  'activity-record': ActivityRecordContent;
  'progress-report': ProgressReportContent;
}

// Fails to compile if a kind is added to document-kinds.ts without a schema here.
type SchemaMap = { readonly [K in DocumentKind]: new () => ContentByKind[K] };

export const CONTENT_SCHEMAS: SchemaMap & Record<DocumentKind, new () => object> = {
  'strategic-definitions': StrategicDefinitionsContent,
  diagnostic: DiagnosticContent,
  plan: PlanContent,
  'work-programme': WorkProgrammeContent,
  evaluation: EvaluationContent,
  'follow-up-programme': FollowUpProgrammeContent,
  'management-review': ManagementReviewContent,
  dissemination: DisseminationContent,
  standardisation: StandardisationContent,
  'activity-record': ActivityRecordContent,
  'progress-report': ProgressReportContent,
};
