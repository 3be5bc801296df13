import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A job to enqueue, written in the same transaction as the change that calls for it, so that
// a committed transition always gets its job even if Redis was down at that moment.
@Entity('outbox_messages')
@Index('ix_outbox_pending', ['createdAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'job_name', type: 'varchar', length: 60 })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'job_id', type: 'varchar', length: 200, unique: true })
  jobId!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
