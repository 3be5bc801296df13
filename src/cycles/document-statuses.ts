import type { CycleEventType, CycleView } from '../../workflows/cycle-engine';
import { SINGLETON_DOCUMENT_KINDS, type SingletonDocumentKind } from '../../workflows/document-kinds';
import type { DocumentStatus } from '../documents/store/cycle-document.entity';

const isSingleton = (kind: string): kind is SingletonDocumentKind =>
  (SINGLETON_DOCUMENT_KINDS as readonly string[]).includes(kind);

// What a transition does to the status of the documents it touches; the others keep theirs.
export function documentStatuses(
  type: CycleEventType,
  before: CycleView,
  after: CycleView,
  recorded: SingletonDocumentKind | null,
): Partial<Record<SingletonDocumentKind, DocumentStatus>> {
  const statuses: Partial<Record<SingletonDocumentKind, DocumentStatus>> = {};
  if (type === 'GRANT_VISA')
    for (const { kind } of before.submission?.kinds ?? []) if (isSingleton(kind)) statuses[kind] = 'visa-granted';
  if (after.submission) {
    for (const { kind } of after.submission.kinds)
      if (isSingleton(kind)) statuses[kind] = after.submission.approval ? 'approved' : 'submitted';
  }
  if (recorded) statuses[recorded] = 'registered';
  // Whatever the new state lets people edit is a draft again (a return, a denial, a reopening).
  for (const kind of after.editableKinds) if (isSingleton(kind)) statuses[kind] = 'draft';
  return statuses;
}
