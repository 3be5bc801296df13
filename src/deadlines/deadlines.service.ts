import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { chileDate, daysBetween } from '../common/chile-time';
import { Clock } from '../common/clock';
import { badRequest } from '../common/errors/domain.exception';
import { cycleNotFound, lockCycle } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler.service';
import { CalendarEntry } from './calendar-entry.entity';
import { CycleDeadline } from './cycle-deadline.entity';
import { SetCalendarDto, SetCycleDeadlinesDto } from './dto/deadlines.dto';
import { effectiveDeadlines } from './effective-deadlines';
import { gateLabel, isPending } from './gates';

function refuseDuplicates(gates: string[]): void {
  const repeated = gates.filter((gate, i) => gates.indexOf(gate) !== i);
  if (repeated.length > 0) {
    throw badRequest(
      'DUPLICATE_GATE',
      `Cada compuerta puede tener una sola fecha: ${[...new Set(repeated)].join(', ')}`,
    );
  }
}

@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reminders: ReminderScheduler,
  ) {}

  async calendar(year: number) {
    const entries = await this.dataSource
      .getRepository(CalendarEntry)
      .find({ where: { year }, order: { dueDate: 'ASC' } });
    return {
      year,
      deadlines: entries.map((e) => ({ gate: e.gate, label: gateLabel(e.gate), dueDate: e.dueDate })),
    };
  }

  async setCalendar(year: number, dto: SetCalendarDto, principal: Principal) {
    refuseDuplicates(dto.deadlines.map((d) => d.gate));
    await this.dataSource.transaction(async (manager) => {
      // One writer per year at a time: the advisory lock serialises replacements of the calendar.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`deadline-calendar:${year}`]);
      await manager.delete(CalendarEntry, { year });
      if (dto.deadlines.length > 0) {
        await manager.insert(
          CalendarEntry,
          dto.deadlines.map((d) => ({ year, gate: d.gate, dueDate: d.dueDate, updatedBy: principal.userId })),
        );
      }
    });
    await this.reminders.scheduleDeadlines();
    return this.calendar(year);
  }

  async forCycle(cycleId: string) {
    const cycle = await this.dataSource.getRepository(Cycle).findOne({ where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const today = chileDate(this.clock.now());
    const deadlines = (await effectiveDeadlines(this.dataSource.manager, [cycle])).get(cycle.id) ?? [];
    return {
      cycleId,
      year: cycle.year,
      deadlines: deadlines.map((d) => {
        const pending = isPending(d.gate, cycle);
        return {
          ...d,
          label: gateLabel(d.gate),
          pending,
          overdue: pending && d.dueDate < today,
          daysLeft: daysBetween(today, d.dueDate),
        };
      }),
    };
  }

  async setForCycle(cycleId: string, dto: SetCycleDeadlinesDto, principal: Principal) {
    refuseDuplicates(dto.deadlines.map((d) => d.gate));
    await this.dataSource.transaction(async (manager) => {
      await lockCycle(manager, cycleId);
      for (const { gate, dueDate } of dto.deadlines) {
        if (dueDate === null) await manager.delete(CycleDeadline, { cycleId, gate });
        else
          await manager.upsert(CycleDeadline, { cycleId, gate, dueDate, updatedBy: principal.userId }, [
            'cycleId',
            'gate',
          ]);
      }
    });
    await this.reminders.scheduleDeadlines();
    return this.forCycle(cycleId);
  }
}
