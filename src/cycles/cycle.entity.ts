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
import { Agency } from '../agencies/agency.entity';
import type { Role } from '../../workflows/roles';

// One agency's yearly cycle. The machine snapshot is the truth; stage, state, status and
// awaiting are copies of what it says, kept for listing and inboxes without loading machines.
@Entity('cycles')
@Unique('uq_cycles_agency_year', ['agencyId', 'year'])
export class Cycle {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'previous_cycle_id', type: 'uuid', nullable: true })
  previousCycleId!: string | null;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'previous_cycle_id' })
  previousCycle?: Cycle | null;

  @Column({ name: 'machine_id', type: 'varchar', length: 64 })
  machineId!: string;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion!: number;

  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @Column({ type: 'varchar', length: 40 })
  stage!: string;

  @Column({ type: 'varchar', length: 120 })
  state!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'open' | 'closed';

  @Index('ix_cycles_awaiting', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  awaiting!: Role[];

  // Increases with every transition; clients send it back to detect concurrent changes.
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  // Head of the cycle's history chain, kept here so that appending needs no extra read.
  @Column({ name: 'history_seq', type: 'integer', default: 0 })
  historySeq!: number;

  @Column({ name: 'history_hash', type: 'char', length: 64, default: () => `repeat('0', 64)` })
  historyHash!: string;

  @Column({ name: 'state_entered_at', type: 'timestamptz', default: () => 'now()' })
  stateEnteredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
