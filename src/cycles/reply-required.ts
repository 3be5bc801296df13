import type { EntityManager } from 'typeorm';
import { CYCLE_EVENT_TYPES, type FrozenDocument } from '../../workflows/cycle-engine';
import { unprocessable } from '../common/errors/domain.exception';
import type { EventDocumentRef } from '../history/cycle-event.entity';

const SENT_BACK = ['RETURN', 'DENY_VISA'];

// Sending back to the head or SERNAM exactly what they returned, without a word, leaves them
// nothing new to read: after a RETURN or DENY_VISA, a SUBMIT with no newer version of any of the
// returned documents needs a reply (its comment). Read inside the SUBMIT's transaction, under the
// cycle's lock, so that no transition can slip in between.
export async function assertReplyWhenUnchanged(
  manager: EntityManager,
  cycleId: string,
  frozen: readonly FrozenDocument[],
  comment: string | undefined,
): Promise<void> {
  if (comment !== undefined && comment.trim() !== '') return;
  const [last] = await manager.query<{ type: string; documents: EventDocumentRef[] }[]>(
    `SELECT type, documents FROM cycle_events
     WHERE cycle_id = $1 AND type = ANY($2::text[]) ORDER BY seq DESC LIMIT 1`,
    [cycleId, CYCLE_EVENT_TYPES],
  );
  if (!last || !SENT_BACK.includes(last.type)) return;
  const returned = new Map(last.documents.map((d) => [d.kind, d.version]));
  const changed = frozen.some((d) => d.version > (returned.get(d.kind) ?? Number.MAX_SAFE_INTEGER));
  if (changed) return;
  throw unprocessable(
    'REPLY_REQUIRED',
    last.type === 'RETURN'
      ? 'Los documentos no cambiaron desde que la Jefatura los devolvió: escriba una respuesta a sus observaciones antes de volver a enviarlos.'
      : 'Los documentos no cambiaron desde que SERNAM denegó la visación: escriba una respuesta a sus observaciones antes de volver a enviarlos.',
    { sentBack: last.type },
  );
}
