import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { isOpen } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { Cycle } from '../cycles/cycle.entity';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { activeMembers, peopleInRoles } from './recipients';
import { ReminderDelivery } from './reminder-delivery.service';
import { commitmentMessage } from './reminder-messages';

// Reminds the commitment's responsible person (the agency's gender officers when none is set, or
// when that person is no longer active in the agency),
// unless it was settled, withdrawn or given another deadline since the job was enqueued.
@Injectable()
@HandlesJob(JobName.CommitmentReminder)
export class CommitmentReminderHandler implements JobHandler<JobName.CommitmentReminder> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delivery: ReminderDelivery,
  ) {}

  async handle({ commitmentId, deadline, phase }: JobPayloads[JobName.CommitmentReminder]): Promise<void> {
    const manager = this.dataSource.manager;
    const commitment = await manager.findOneBy(Commitment, { id: commitmentId });
    if (!commitment || !commitment.inProgramme || !isOpen(commitment.status) || commitment.deadline !== deadline)
      return;
    const cycle = await manager.findOneByOrFail(Cycle, { id: commitment.cycleId });
    const agency = await manager.findOneByOrFail(Agency, { id: cycle.agencyId });
    // Checked now, not when it was named: a person who left the agency is reminded of nothing there.
    const responsible = commitment.responsibleUserId
      ? await activeMembers(manager, cycle.agencyId, [commitment.responsibleUserId])
      : [];
    const recipients =
      responsible.length > 0 ? responsible : await peopleInRoles(manager, cycle.agencyId, ['gender_officer']);
    await this.delivery.deliver({
      dedupeKey: `commitment:${commitment.id}:${deadline}:${phase}`,
      kind: phase === 'upcoming' ? 'commitment-upcoming' : 'commitment-overdue',
      cycleId: cycle.id,
      commitmentId: commitment.id,
      gate: null,
      dueDate: deadline,
      recipients,
      message: commitmentMessage({
        agency,
        year: cycle.year,
        itemId: commitment.itemId,
        description: commitment.description,
        deadline,
        phase,
      }),
    });
  }
}
