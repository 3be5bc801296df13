import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Cycle } from '../cycles/cycle.entity';
import type { DeadlineGate } from './gates';

// One cycle's own due date for a gate, overriding the year's calendar (e.g. an extension).
@Entity('cycle_deadlines')
export class CycleDeadline {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Cycle;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  gate!: DeadlineGate;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
