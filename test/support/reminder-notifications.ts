import type { ReminderKind } from '../../src/reminders/reminder.entity';
import { mailText } from './mail-text';

const KINDS: Record<ReminderKind, true> = {
  'deadline-upcoming': true,
  'deadline-overdue': true,
  'commitment-upcoming': true,
  'commitment-overdue': true,
};

/** Reminders among a person's notifications (the transitions that drove a cycle notify too). */
export const isReminder = (notification: { kind: string }): boolean => notification.kind in KINDS;

/** A reminder's e-mail, by its subject (a transition's e-mails reach the same sink). */
export const isReminderMail = (mail: { raw: string }): boolean =>
  /^(Plazo (próximo|vencido)|Compromiso (por vencer|vencido)):/.test(mailText(mail.raw).subject);
