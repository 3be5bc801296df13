import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SecurityEvent, SecurityEventType } from './security-event.entity';

// Administrative changes are recorded in the same transaction as the change itself.
@Injectable()
export class SecurityEventsService {
  async record(
    manager: EntityManager,
    type: SecurityEventType,
    actorId: string | null,
    subjectId: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await manager.save(manager.create(SecurityEvent, { type, actorId, subjectId, details }));
  }
}
