import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Reminder } from '../reminders/reminder.entity';
import { User } from '../users/user.entity';

export interface NotificationLink {
  cycleId: string;
  commitmentId?: string;
}

// What a person sees in the application: one row per recipient of a reminder.
@Entity('notifications')
@Unique('uq_notifications_reminder_user', ['reminderId', 'userId'])
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

  @Column({ name: 'reminder_id', type: 'uuid' })
  reminderId!: string;

  @ManyToOne(() => Reminder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id' })
  reminder?: Reminder;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
