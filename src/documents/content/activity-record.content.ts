import { CountBySex } from './common.content';
import { CalendarDate, Nested, Ref, Text, TextList } from './decorators';

// Stage 3: record of one work-programme activity carried out, with its evidence.
export class ActivityRecordContent {
  @Ref({ kind: 'work-programme', items: 'activities' }) activityId?: string;
  @CalendarDate() date?: string;
  @Text() description?: string;
  @Nested(() => CountBySex) participants?: CountBySex;
  @TextList(50) verificationMeans?: string[];
}
