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
import type { RecordKind } from '../../templates/record-data';
import { Cycle } from '../cycles/cycle.entity';

export type RecordStatus = 'pending' | 'issued';

/** What the record is made from, reloaded by the issuing job. */
export type RecordSource =
  { type: 'document'; documentId: string; documentVersion: number } | { type: 'visa'; eventSeq: number; stage: string };

// A record of the procedure (guide §9): identified by its code, issued once as a PDF by a job,
// never overwritten. A newer record of the same series makes the earlier one obsolete, kept.
@Entity('records')
@Unique('uq_records_cycle_series_version', ['cycleId', 'series', 'version'])
@Index('ix_records_pdf_sha256', ['pdfSha256'])
@Index('ix_records_document_sha256', ['documentSha256'])
export class ProcedureRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: Cycle;

  @Column({ type: 'varchar', length: 40 })
  kind!: RecordKind;

  // Records of one series replace each other: a document kind, one register entry, one stage's visa.
  @Column({ type: 'varchar', length: 80 })
  series!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'jsonb' })
  source!: RecordSource;

  // SHA-256 of the document version's canonical JSON (or of the certificate's content).
  @Column({ name: 'document_sha256', type: 'char', length: 64 })
  documentSha256!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: RecordStatus;

  @Column({ type: 'boolean', default: false })
  obsolete!: boolean;

  @Column({ name: 'pdf_sha256', type: 'char', length: 64, nullable: true })
  pdfSha256!: string | null;

  @Column({ name: 'pdf_size', type: 'integer', nullable: true })
  pdfSize!: number | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
