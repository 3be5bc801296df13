import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Cycle } from '../../cycles/cycle.entity';
import type { DocumentKind } from '../../../workflows/document-kinds';

export type DocumentStatus = 'draft' | 'submitted' | 'approved' | 'visa-granted' | 'registered';

// A document of a cycle: one per singleton kind, many activity records and progress reports.
// Its content lives in immutable versions; this row points at the current one.
@Entity('cycle_documents')
@Index('ix_cycle_documents_cycle_kind', ['cycleId', 'kind'])
// Singleton kinds exist once per cycle; activity records and progress reports are many.
@Index('uq_cycle_documents_singleton', ['cycleId', 'kind'], {
  unique: true,
  where: `kind NOT IN ('activity-record', 'progress-report')`,
})
export class CycleDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Cycle;

  @Column({ type: 'varchar', length: 40 })
  kind!: DocumentKind;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: DocumentStatus;

  // 0 until the first save.
  @Column({ name: 'current_version', type: 'integer', default: 0 })
  currentVersion!: number;

  @Column({ name: 'current_sha256', type: 'char', length: 64, nullable: true })
  currentSha256!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
