import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ReminderKind = 'deadline-upcoming' | 'deadline-overdue' | 'commitment-upcoming' | 'commitment-overdue';

// One reminder sent, once: its dedupe key (what, which phase, which due date) is unique, so a
// job that runs twice, a second worker or a restart cannot send it again.
@Entity('reminders')
@Index('ix_reminders_cycle', ['cycleId'])
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, unique: true })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: ReminderKind;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @Column({ name: 'commitment_id', type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  gate!: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'recipient_ids', type: 'uuid', array: true })
  recipientIds!: string[];

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  // Set once the e-mails went out; stays null when no SMTP server is configured.
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
