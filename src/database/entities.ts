import { Agency } from '../agencies/agency.entity';
import { ExpertAssignment } from '../agencies/expert-assignment.entity';
import { Membership } from '../agencies/membership.entity';
import { SecurityEvent } from '../audit/security-event.entity';
import { Cycle } from '../cycles/cycle.entity';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { DocumentVersion } from '../documents/store/document-version.entity';
import { CycleEvent } from '../history/cycle-event.entity';
import { User } from '../users/user.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Measurement } from '../indicators/measurement.entity';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentChange } from '../commitments/commitment-change.entity';
import { CalendarEntry } from '../deadlines/calendar-entry.entity';
import { CycleDeadline } from '../deadlines/cycle-deadline.entity';
import { Reminder } from '../reminders/reminder.entity';
import { Notification } from '../notifications/notification.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { EvidenceFile } from '../records/evidence-file.entity';
import { RecordFile } from '../records/record-file.entity';
import { ProcedureRecord } from '../records/record.entity';
import { DocumentObservation } from '../observations/document-observation.entity';

export const ENTITIES = [
  Agency,
  User,
  Membership,
  ExpertAssignment,
  SecurityEvent,
  Cycle,
  CycleDocument,
  DocumentVersion,
  CycleEvent,
  Indicator,
  Measurement,
  Commitment,
  CommitmentChange,
  CalendarEntry,
  CycleDeadline,
  Reminder,
  Notification,
  OutboxMessage,
  ProcedureRecord,
  RecordFile,
  EvidenceFile,
  DocumentObservation,
];
