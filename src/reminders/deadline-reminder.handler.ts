import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ROLE_LABELS } from '../../workflows/roles';
import { Agency } from '../agencies/agency.entity';
import { Cycle } from '../cycles/cycle.entity';
import { CalendarEntry } from '../deadlines/calendar-entry.entity';
import { CycleDeadline } from '../deadlines/cycle-deadline.entity';
import { gateLabel, isDeadlineGate, isPending, type DeadlineGate } from '../deadlines/gates';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { peopleInRoles } from './recipients';
import { ReminderDelivery } from './reminder-delivery.service';
import { deadlineMessage } from './reminder-messages';

type Payload = JobPayloads[JobName.DeadlineReminder];

// At fire time, reloads what is true now: the date may have moved (then a newer job carries
// it) and the cycle may have passed the gate already (then nobody needs reminding).
@Injectable()
@HandlesJob(JobName.DeadlineReminder)
export class DeadlineReminderHandler implements JobHandler<JobName.DeadlineReminder> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delivery: ReminderDelivery,
  ) {}

  async handle(payload: Payload): Promise<void> {
    if (!isDeadlineGate(payload.gate)) return;
    const cycles = await this.cyclesConcerned(payload, payload.gate);
    for (const cycle of cycles) {
      if (!isPending(payload.gate, cycle)) continue;
      const agency = await this.dataSource.getRepository(Agency).findOneByOrFail({ id: cycle.agencyId });
      const recipients = await peopleInRoles(this.dataSource.manager, cycle.agencyId, cycle.awaiting);
      await this.delivery.deliver({
        dedupeKey: `deadline:${cycle.id}:${payload.gate}:${payload.dueDate}:${payload.phase}`,
        kind: payload.phase === 'upcoming' ? 'deadline-upcoming' : 'deadline-overdue',
        cycleId: cycle.id,
        commitmentId: null,
        gate: payload.gate,
        dueDate: payload.dueDate,
        recipients,
        message: deadlineMessage({
          agency,
          year: cycle.year,
          gateLabel: gateLabel(payload.gate),
          dueDate: payload.dueDate,
          phase: payload.phase,
          awaiting: cycle.awaiting.map((role) => ROLE_LABELS[role]),
        }),
      });
    }
  }

  private async cyclesConcerned(payload: Payload, gate: DeadlineGate): Promise<Cycle[]> {
    const cycles = this.dataSource.getRepository(Cycle);
    if (payload.cycleId !== null) {
      const own = await this.dataSource.getRepository(CycleDeadline).findOneBy({ cycleId: payload.cycleId, gate });
      if (own?.dueDate !== payload.dueDate) return [];
      return cycles.findBy({ id: payload.cycleId, status: 'open' });
    }
    const entry = await this.dataSource.getRepository(CalendarEntry).findOneBy({ year: payload.year, gate });
    if (entry?.dueDate !== payload.dueDate) return [];
    // Cycles of that year that follow the calendar for this gate (no date of their own).
    return cycles
      .createQueryBuilder('c')
      .leftJoin(CycleDeadline, 'd', 'd.cycle_id = c.id AND d.gate = :gate', { gate })
      .where('c.year = :year AND c.status = :open', { year: payload.year, open: 'open' })
      .andWhere('d.cycle_id IS NULL')
      .getMany();
  }
}
