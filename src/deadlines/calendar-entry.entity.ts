import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DeadlineGate } from './gates';

// The year's due date of one gate, set by the administration for every agency.
@Entity('deadline_calendar')
export class CalendarEntry {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  gate!: DeadlineGate;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
