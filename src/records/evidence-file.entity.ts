import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { User } from '../users/user.entity';

// A verification means (medio de verificación) attached to an activity record or progress report.
@Entity('evidence_files')
@Index('ix_evidence_files_document', ['documentId'])
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => CycleDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: CycleDocument;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 120 })
  mediaType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  bytes!: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
