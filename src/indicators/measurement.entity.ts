import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NUMERIC } from '../common/numeric-column';
import { Indicator } from './indicator.entity';

// One period's values by sex. The gaps are computed from these on reading, under the
// indicator's stored convention, so there is one source of truth.
@Entity('indicator_measurements')
@Unique('uq_indicator_measurements_period', ['indicatorId', 'period'])
export class Measurement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  // NULL: the value is not available (reported as missing data, never as zero).
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC })
  women!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC })
  men!: number | null;

  @Column({ name: 'not_reported', type: 'numeric', nullable: true, transformer: NUMERIC })
  notReported!: number | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
