import { reminderTimes } from './reminder-times';

const DAY = 86_400_000;

describe('reminderTimes', () => {
  it('fires seven days before and the morning after the due date, at 09:00 in Chile', () => {
    const now = new Date('2028-05-20T12:00:00Z');
    const times = reminderTimes('2028-05-31', now);
    expect(times.map((t) => [t.phase, t.fireAt.toISOString()])).toEqual([
      ['upcoming', '2028-05-24T13:00:00.000Z'],
      ['overdue', '2028-06-01T13:00:00.000Z'],
    ]);
    expect(times[0].delayMs).toBe(new Date('2028-05-24T13:00:00Z').getTime() - now.getTime());
  });

  it('fires at once what is due already, and only the overdue notice once the date has passed', () => {
    const late = reminderTimes('2028-05-31', new Date('2028-06-03T12:00:00Z'));
    expect(late).toEqual([{ phase: 'overdue', fireAt: new Date('2028-06-01T13:00:00Z'), delayMs: 0 }]);
    const inTheLastWeek = reminderTimes('2028-05-31', new Date('2028-05-28T12:00:00Z'));
    expect(inTheLastWeek.map((t) => [t.phase, t.delayMs === 0])).toEqual([
      ['upcoming', true],
      ['overdue', false],
    ]);
  });

  it('leaves what is beyond the horizon to a later sweep and does not send stale reminders', () => {
    expect(reminderTimes('2028-12-31', new Date('2028-01-01T12:00:00Z'))).toEqual([]);
    expect(reminderTimes('2028-01-31', new Date('2028-06-30T12:00:00Z'))).toEqual([]);
    const soon = reminderTimes('2028-02-20', new Date('2028-01-25T12:00:00Z'));
    expect(soon.map((t) => t.phase)).toEqual(['upcoming']);
    expect(soon[0].delayMs).toBeLessThan(20 * DAY);
  });
});
