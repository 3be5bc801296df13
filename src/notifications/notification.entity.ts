import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { DocumentKind } from '../../workflows/document-kinds';
import { CycleEvent } from '../history/cycle-event.entity';
import { Reminder } from '../reminders/reminder.entity';
import { User } from '../users/user.entity';

export interface NotificationLink {
  cycleId: string;
  commitmentId?: string;
  /** The document the transition was about (its first, when it covers several). */
  documentKind?: DocumentKind;
}

// What a person sees in the application: one row per recipient of a reminder or of a cycle's
// transition (its history entry), never both.
@Entity('notifications')
@Unique('uq_notifications_reminder_user', ['reminderId', 'userId'])
@Unique('uq_notifications_event_user', ['eventId', 'userId'])
@Check('ck_notifications_one_source', 'num_nonnulls("reminder_id", "event_id") = 1')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
// Partial (WHERE read_at IS NULL), written in the migration.
@Index('ix_notifications_user_unread', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'reminder_id', type: 'uuid', nullable: true })
  reminderId!: string | null;

  @ManyToOne(() => Reminder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id' })
  reminder?: Reminder;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => CycleEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_notifications_event' })
  event?: CycleEvent;

  // A reminder's kind ('deadline-overdue'...) or the transition's event type ('RETURN'...).
  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  link!: NotificationLink;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  // Transitions' notifications: set once this person's e-mail went out. Reminders keep theirs
  // on the reminder row (one e-mail to all its recipients).
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
