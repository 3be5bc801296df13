import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SingletonDocumentKind } from '../../workflows/document-kinds';
import { CycleEvent } from '../history/cycle-event.entity';
import { User } from '../users/user.entity';

export const OBSERVATION_STATUSES = ['open', 'answered', 'addressed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export type ObservationAuthorRole = 'agency_head' | 'sernam_expert';

// An observation the head (on a return) or SERNAM (on a denial) attached to one item or field of
// a submitted document version, and what the authors did about it. The observation itself is in
// the history entry of its return or denial (hash-covered); this row adds its follow-up: the
// answer, and the version that addressed it.
@Entity('document_observations')
@Index('ix_document_observations_cycle_round', ['cycleId', 'eventSeq', 'position'])
@Index('ix_document_observations_cycle_kind', ['cycleId', 'documentKind'])
@Check('ck_document_observations_status', `"status" IN ('open', 'answered', 'addressed')`)
@Check('ck_document_observations_author_role', `"author_role" IN ('agency_head', 'sernam_expert')`)
export class DocumentObservation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_document_observations' })
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @Column({ name: 'document_kind', type: 'varchar', length: 40 })
  documentKind!: SingletonDocumentKind;

  // The version that was reviewed.
  @Column({ name: 'document_version', type: 'integer' })
  documentVersion!: number;

  // Order within its return or denial, as the reviewer wrote them.
  @Column({ type: 'smallint' })
  position!: number;

  // Where in the content: 'inequities/INQ-3/gap', 'part4'.
  @Column({ type: 'varchar', length: 300 })
  path!: string;

  @Column({ name: 'item_id', type: 'varchar', length: 40, nullable: true })
  itemId!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_document_observations_author' })
  author?: User;

  @Column({ name: 'author_name', type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ name: 'author_role', type: 'varchar', length: 20 })
  authorRole!: ObservationAuthorRole;

  // The history entry (RETURN or DENY_VISA) that made it.
  @Column({ name: 'event_seq', type: 'integer' })
  eventSeq!: number;

  @ManyToOne(() => CycleEvent, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'cycle_id', referencedColumnName: 'cycleId', foreignKeyConstraintName: 'fk_document_observations_event' },
    { name: 'event_seq', referencedColumnName: 'seq' },
  ])
  event?: CycleEvent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: ObservationStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'fk_document_observations_answered_by' })
  answeredBy?: User | null;

  @Column({ name: 'answered_by_name', type: 'varchar', length: 200, nullable: true })
  answeredByName!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  // The version submitted next after the authors marked it addressed.
  @Column({ name: 'addressed_in_version', type: 'integer', nullable: true })
  addressedInVersion!: number | null;
}
