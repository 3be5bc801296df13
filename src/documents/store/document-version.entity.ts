import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../../users/user.entity';
import { CycleDocument } from './cycle-document.entity';

// Every saved version, kept forever and never changed (a trigger refuses UPDATE and DELETE).
@Entity('document_versions')
@Unique('uq_document_versions_document_version', ['documentId', 'version'])
export class DocumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => CycleDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: CycleDocument;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: unknown;

  // SHA-256 of the content's canonical JSON (RFC 8785).
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  // A restore names the earlier version whose content it saved again; null for every other save.
  @Column({ name: 'restored_from_version', type: 'integer', nullable: true })
  restoredFromVersion!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
