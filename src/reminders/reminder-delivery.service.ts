import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Mailer } from '../notifications/mail/mailer';
import { Notification, NotificationLink } from '../notifications/notification.entity';
import { Recipient } from './recipients';
import { Reminder, ReminderKind } from './reminder.entity';
import type { Message } from './reminder-messages';

export interface ReminderToSend {
  dedupeKey: string;
  kind: ReminderKind;
  cycleId: string;
  commitmentId: string | null;
  gate: string | null;
  dueDate: string;
  recipients: Recipient[];
  message: Message;
}

// Sends a reminder exactly once: the reminder row (unique dedupe key) and its notifications are
// written in one transaction, so a second run finds it and writes nothing. E-mails follow,
// under a row lock, and are marked sent; a failed send fails the job, which retries it.
@Injectable()
export class ReminderDelivery {
  private readonly logger = new Logger('Recordatorios');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async deliver(reminder: ReminderToSend): Promise<void> {
    const link: NotificationLink = {
      cycleId: reminder.cycleId,
      ...(reminder.commitmentId ? { commitmentId: reminder.commitmentId } : {}),
    };
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Reminder)
        .values({
          dedupeKey: reminder.dedupeKey,
          kind: reminder.kind,
          cycleId: reminder.cycleId,
          commitmentId: reminder.commitmentId,
          gate: reminder.gate,
          dueDate: reminder.dueDate,
          recipientIds: reminder.recipients.map((r) => r.id),
          subject: reminder.message.subject,
          body: reminder.message.body,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id || reminder.recipients.length === 0) return;
      await manager.insert(
        Notification,
        reminder.recipients.map((r) => ({
          userId: r.id,
          reminderId: id,
          kind: reminder.kind,
          title: reminder.message.subject,
          body: reminder.message.body,
          link,
        })),
      );
    });
    if (this.mailer.enabled) await this.email(reminder);
  }

  private async email(reminder: ReminderToSend): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(Reminder, {
        where: { dedupeKey: reminder.dedupeKey, emailedAt: IsNull() },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!row || row.recipientIds.length === 0) return;
      const to = (
        await manager.query<{ email: string }[]>('SELECT email FROM users WHERE id = ANY($1) ORDER BY email', [
          row.recipientIds,
        ])
      ).map((u) => u.email);
      await this.mailer.send({ to, subject: row.subject, text: row.body });
      await manager.update(Reminder, { id: row.id }, { emailedAt: new Date() });
      this.logger.log({ reminder: row.dedupeKey, recipients: to.length }, 'Recordatorio enviado por correo');
    });
  }
}
