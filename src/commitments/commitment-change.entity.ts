import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Commitment } from './commitment.entity';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

// Append-only trail of every change to a commitment: by a person through the API, or by a new
// version of the programme (actor null).
@Entity('commitment_changes')
@Index('ix_commitment_changes_commitment', ['commitmentId', 'revision'])
export class CommitmentChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Commitment;

  // The commitment's revision after this change.
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 20 })
  source!: 'person' | 'programme';

  @Column({ type: 'jsonb' })
  changes!: FieldChanges;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
