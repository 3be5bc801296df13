import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Cycle } from '../cycles/cycle.entity';
import type { CommitmentStatus } from './commitment-status';

// A commitment of a cycle's follow-up programme in force (visa granted), with the status the
// agency tracks. What it promises (description, deadline, who) is copied from the programme;
// status, evidence and justification are the agency's follow-up.
@Entity('commitments')
@Unique('uq_commitments_cycle_item', ['cycleId', 'itemId'])
@Index('ix_commitments_open_deadline', ['status', 'deadline'])
export class Commitment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Cycle;

  // The commitment's id in the programme (e.g. C-2).
  @Column({ name: 'item_id', type: 'varchar', length: 32 })
  itemId!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  // As the programme names it (a unit or a position), in words.
  @Column({ type: 'varchar', length: 200, default: '' })
  responsible!: string;

  // The person who receives its reminders; the agency's gender officers when unset.
  @Column({ name: 'responsible_user_id', type: 'uuid', nullable: true })
  responsibleUserId!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: CommitmentStatus;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  // False once a later version of the programme no longer lists it.
  @Column({ name: 'in_programme', type: 'boolean', default: true })
  inProgramme!: boolean;

  // The programme version it was last copied from.
  @Column({ name: 'source_version', type: 'integer' })
  sourceVersion!: number;

  // Increases with every change; clients send it back to detect concurrent edits.
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
