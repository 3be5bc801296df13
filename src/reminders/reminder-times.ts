import { addDays, chileInstant } from '../common/chile-time';

export type ReminderPhase = 'upcoming' | 'overdue';

// When reminders fire: some days before a due date, and the morning after it has passed
// (Chile's 09:00). A delayed job can wait at most ~24 days in-process (setTimeout's limit), so
// only what fires within the horizon is enqueued now; the daily sweep enqueues the rest later.
// Reminders more than the look-back in the past are not sent late.
export const REMINDER_POLICY = { leadDays: 7, hour: 9, horizonDays: 20, lookbackDays: 30 } as const;
const DAY_MS = 86_400_000;

export interface ReminderTime {
  phase: ReminderPhase;
  fireAt: Date;
  delayMs: number;
}

export function reminderTimes(dueDate: string, now: Date, policy = REMINDER_POLICY): ReminderTime[] {
  const overdueAt = chileInstant(addDays(dueDate, 1), policy.hour);
  const upcomingAt = chileInstant(addDays(dueDate, -policy.leadDays), policy.hour);
  const times: ReminderTime[] = [];
  // Once overdue, an "upcoming" notice would only add noise: the overdue one says it all.
  if (overdueAt > now)
    times.push({ phase: 'upcoming', fireAt: upcomingAt, delayMs: upcomingAt.getTime() - now.getTime() });
  times.push({ phase: 'overdue', fireAt: overdueAt, delayMs: overdueAt.getTime() - now.getTime() });
  return times
    .filter((t) => t.delayMs <= policy.horizonDays * DAY_MS && t.delayMs >= -policy.lookbackDays * DAY_MS)
    .map((t) => ({ ...t, delayMs: Math.max(0, t.delayMs) }));
}
