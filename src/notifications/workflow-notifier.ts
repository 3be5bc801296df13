import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CycleEventType } from '../../workflows/events';
import type { Cycle } from '../cycles/cycle.entity';
import { JobName } from '../jobs/job-names';
import { OutboxService } from '../outbox/outbox.service';
import { WORKFLOW_AUDIENCE } from './workflow-messages';

/** Whether a transition of this type notifies someone (and so has a job waiting in the outbox). */
export const transitionNotifies = (type: CycleEventType): boolean => WORKFLOW_AUDIENCE[type] !== undefined;

// Inside the transition's transaction: the notification job exists if and only if the
// transition committed. Its id names the history entry, so the job is queued once.
@Injectable()
export class WorkflowNotifier {
  constructor(private readonly outbox: OutboxService) {}

  async forTransition(manager: EntityManager, cycle: Cycle, type: CycleEventType, seq: number): Promise<void> {
    if (!transitionNotifies(type)) return;
    await this.outbox.add(
      manager,
      JobName.NotifyWorkflowEvent,
      { cycleId: cycle.id, seq },
      `notify:${cycle.id}:${seq}`,
    );
  }
}
