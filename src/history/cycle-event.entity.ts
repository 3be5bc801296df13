import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Cycle } from '../cycles/cycle.entity';
import type { ChainObservation } from './audit-chain';

export interface EventDocumentRef {
  kind: string;
  version: number;
  sha256: string;
  documentId?: string;
  /** A save that restored an earlier version names it. */
  restoredFromVersion?: number;
}

// The cycle's append-only trail. Each entry's hash covers its fields and the previous entry's
// hash, so altering or removing any stored row breaks the chain from there on.
@Entity('cycle_events')
@Unique('uq_cycle_events_cycle_seq', ['cycleId', 'seq'])
// The public verification finds a master list's seal (an entry's hash) by it.
@Index('ix_cycle_events_hash', ['hash'])
export class CycleEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Cycle;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  @Column({ name: 'state_before', type: 'varchar', length: 120, nullable: true })
  stateBefore!: string | null;

  @Column({ name: 'state_after', type: 'varchar', length: 120 })
  stateAfter!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  documents!: EventDocumentRef[];

  // Observations on items of the documents (a return or a denial, an answer); null otherwise.
  @Column({ type: 'jsonb', nullable: true })
  observations!: ChainObservation[] | null;

  // Millisecond ISO text, hashed as stored (a timestamptz would round-trip with another format).
  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
