import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS, type DocumentKind } from '../../workflows/document-kinds';
import { isCycleEventType } from '../../workflows/events';
import { Agency } from '../agencies/agency.entity';
import { Cycle } from '../cycles/cycle.entity';
import { CycleEvent, EventDocumentRef } from '../history/cycle-event.entity';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { peopleInRoles, Recipient } from '../reminders/recipients';
import { Mailer } from './mail/mailer';
import { Notification, NotificationLink } from './notification.entity';
import { WORKFLOW_AUDIENCE, workflowMessage } from './workflow-messages';

const isDocumentKind = (kind: string | undefined): kind is DocumentKind =>
  kind !== undefined && ([...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS] as string[]).includes(kind);

interface PendingMail {
  id: string;
  email: string;
  title: string;
  body: string;
}

// Notifies the people concerned by one committed transition, exactly once however often the job
// runs: the notifications are one INSERT that the database's unique (event_id, user_id) makes
// idempotent. Each person's e-mail then goes out under a row lock and is marked sent; a failed
// send fails the job, whose retry sends only what is still unsent.
@Injectable()
@HandlesJob(JobName.NotifyWorkflowEvent)
export class NotifyWorkflowEventHandler implements JobHandler<JobName.NotifyWorkflowEvent> {
  private readonly logger = new Logger('Avisos del ciclo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async handle({ cycleId, seq }: JobPayloads[JobName.NotifyWorkflowEvent]): Promise<void> {
    const manager = this.dataSource.manager;
    const event = await manager.findOne(CycleEvent, { where: { cycleId, seq } });
    if (!event || !isCycleEventType(event.type)) return;
    const cycle = await manager.findOneOrFail(Cycle, { where: { id: cycleId } });
    const agency = await manager.findOneOrFail(Agency, { where: { id: cycle.agencyId } });

    const audience = WORKFLOW_AUDIENCE[event.type];
    const people = [
      ...(audience.authors ? await this.authorsOf(manager, cycleId, event.documents) : []),
      ...(await peopleInRoles(manager, cycle.agencyId, audience.roles)),
    ];
    const recipients = [...new Map(people.map((p) => [p.id, p])).values()].filter((p) => p.id !== event.actorId);
    if (recipients.length > 0) {
      const message = workflowMessage({
        type: event.type,
        agency,
        year: cycle.year,
        actorName: event.actorName,
        documents: event.documents.map((d) => d.kind),
        comment: event.comment,
        stateAfter: event.stateAfter,
      });
      const first = event.documents[0]?.kind;
      const link: NotificationLink = { cycleId, ...(isDocumentKind(first) ? { documentKind: first } : {}) };
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(
          recipients.map((r) => ({
            userId: r.id,
            eventId: event.id,
            kind: event.type,
            title: message.subject,
            body: message.body,
            link,
            // When it happened: a person's list follows the cycle's history even if jobs ran out of order.
            createdAt: new Date(event.at),
          })),
        )
        .orIgnore()
        .execute();
    }
    if (this.mailer.enabled) await this.email(event.id);
  }

  // Everyone who wrote the documents up to the versions the event concerns (as the rule that
  // nobody approves what they wrote counts authors).
  private authorsOf(manager: EntityManager, cycleId: string, documents: EventDocumentRef[]): Promise<Recipient[]> {
    if (documents.length === 0) return Promise.resolve([]);
    return manager.query<Recipient[]>(
      `SELECT DISTINCT u.id, u.email
         FROM document_versions v
         JOIN cycle_documents d ON d.id = v.document_id
         JOIN jsonb_to_recordset($2::jsonb) AS r(kind text, version int) ON r.kind = d.kind AND v.version <= r.version
         JOIN users u ON u.id = v.author_id
        WHERE d.cycle_id = $1 AND u.active
        ORDER BY u.email`,
      [cycleId, JSON.stringify(documents.map(({ kind, version }) => ({ kind, version })))],
    );
  }

  private async email(eventId: string): Promise<void> {
    const pending = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM notifications WHERE event_id = $1 AND emailed_at IS NULL ORDER BY id',
      [eventId],
    );
    for (const { id } of pending) {
      await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query<PendingMail[]>(
          `SELECT n.id, u.email, n.title, n.body FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE n.id = $1 AND n.emailed_at IS NULL AND u.active
            FOR UPDATE OF n SKIP LOCKED`,
          [id],
        );
        if (!row) return;
        await this.mailer.send({ to: [row.email], subject: row.title, text: row.body });
        await manager.query('UPDATE notifications SET emailed_at = now() WHERE id = $1', [row.id]);
      });
    }
    if (pending.length > 0)
      this.logger.log({ event: eventId, recipients: pending.length }, 'Aviso del ciclo enviado por correo');
  }
}
