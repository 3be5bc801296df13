import type { CycleEventType } from '../../workflows/cycle-engine';
import {
  documentKindWithArticle,
  EVENT_EXPECTATION_LABELS,
  HISTORY_ENTRY_LABELS,
  WRITE_EXPECTATION_LABEL,
} from '../../workflows/labels';
import type { InboxItem } from '../inbox/inbox.service';

// Events whose expectation is about the documents of the gate ("aprobar o devolver el …").
const ABOUT_DOCUMENTS: readonly CycleEventType[] = ['SUBMIT', 'APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA'];
// A visa is "of" its documents: "otorgar o denegar la visación técnica del Informe de Diagnóstico".
const OF_DOCUMENTS: readonly CycleEventType[] = ['GRANT_VISA', 'DENY_VISA'];
const of = (phrase: string): string => phrase.replace(/^el /, 'del ').replace(/^la /, 'de la ');
const REGISTERS: readonly string[] = ['activity-record', 'progress-report'];

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function joined(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} y ${words[words.length - 1]}`;
}

// One Bandeja item as a sentence: "aprobar o devolver el Informe de Diagnóstico 2030".
export function awaitingText(item: Pick<InboxItem, 'actions' | 'documents' | 'year' | 'observation'>): string {
  const [action] = item.actions;
  const phrases = item.documents.map((d) => documentKindWithArticle(d.kind));
  const documents = joined(phrases);
  let text: string;
  if (action !== undefined && ABOUT_DOCUMENTS.includes(action)) {
    const object = OF_DOCUMENTS.includes(action) ? joined(phrases.map(of)) : documents;
    text = `${lowerFirst(EVENT_EXPECTATION_LABELS[action])} ${object} ${item.year}`;
  } else if (action !== undefined) text = `${lowerFirst(EVENT_EXPECTATION_LABELS[action])} del ciclo ${item.year}`;
  else if (item.documents.every((d) => REGISTERS.includes(d.kind)))
    text = `${lowerFirst(EVENT_EXPECTATION_LABELS.FINISH_IMPLEMENTATION)} del ciclo ${item.year}`;
  else text = `${lowerFirst(WRITE_EXPECTATION_LABEL)} ${documents} ${item.year}`;
  const observation = item.observation;
  return observation
    ? `${text} (${lowerFirst(HISTORY_ENTRY_LABELS[observation.type] ?? '')}: «${observation.comment}»)`
    : text;
}
