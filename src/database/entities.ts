import { Agency } from '../agencies/agency.entity';
import { ExpertAssignment } from '../agencies/expert-assignment.entity';
import { Membership } from '../agencies/membership.entity';
import { SecurityEvent } from '../audit/security-event.entity';
import { Cycle } from '../cycles/cycle.entity';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { DocumentVersion } from '../documents/store/document-version.entity';
import { CycleEvent } from '../history/cycle-event.entity';
import { User } from '../users/user.entity';

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
];
