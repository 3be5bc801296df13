import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { activityRecordTemplate } from './activity-record.template';
import { diagnosticTemplate } from './diagnostic.template';
import { disseminationTemplate } from './dissemination.template';
import { evaluationTemplate } from './evaluation.template';
import { followUpProgrammeTemplate } from './follow-up-programme.template';
import { managementReviewTemplate } from './management-review.template';
import { planTemplate } from './plan.template';
import { progressReportTemplate } from './progress-report.template';
import type { RecordData, RecordKind } from './record-data';
import { standardisationTemplate } from './standardisation.template';
import { strategicDefinitionsTemplate } from './strategic-definitions.template';
import { visaCertificateTemplate } from './visa-certificate.template';
import { workProgrammeTemplate } from './work-programme.template';

export type RecordTemplate<K extends RecordKind> = (data: RecordData<K>) => TDocumentDefinitions;

// One template per record kind; fails to compile if a kind has none.
export const RECORD_TEMPLATES: { readonly [K in RecordKind]: RecordTemplate<K> } = {
  'strategic-definitions': strategicDefinitionsTemplate,
  diagnostic: diagnosticTemplate,
  plan: planTemplate,
  'work-programme': workProgrammeTemplate,
  'activity-record': activityRecordTemplate,
  'progress-report': progressReportTemplate,
  evaluation: evaluationTemplate,
  'follow-up-programme': followUpProgrammeTemplate,
  'management-review': managementReviewTemplate,
  dissemination: disseminationTemplate,
  standardisation: standardisationTemplate,
  'visa-certificate': visaCertificateTemplate,
};

export function recordDefinition<K extends RecordKind>(data: RecordData<K>): TDocumentDefinitions {
  const template: RecordTemplate<K> = RECORD_TEMPLATES[data.record.kind];
  return template(data);
}
