import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ProcedureRecord } from './record.entity';

// The PDF bytes of an issued record: written once (a trigger refuses UPDATE and DELETE).
@Entity('record_files')
export class RecordFile {
  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @OneToOne(() => ProcedureRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'record_id' })
  record?: ProcedureRecord;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
