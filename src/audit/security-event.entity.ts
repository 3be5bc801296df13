import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SecurityEventType =
  | 'login.succeeded'
  | 'login.failed'
  | 'user.created'
  | 'user.updated'
  | 'agency.created'
  | 'membership.added'
  | 'membership.removed'
  | 'expert.assigned'
  | 'expert.unassigned'
  | 'admin.bootstrapped'
  | 'user.password-changed';

// Who did what to accounts and organisations (the procedure's own trail is the cycle history).
@Entity('security_events')
@Index('ix_security_events_at', ['at'])
export class SecurityEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: SecurityEventType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  // Deduplicates events recorded by retried jobs.
  @Column({ name: 'dedupe_key', type: 'varchar', length: 100, nullable: true, unique: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
