import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { NUMERIC } from '../common/numeric-column';
import type { GapConvention, IndicatorUnit } from './gap-measures';
import type { GoalTarget } from './goal-progress';

// An agency's gender indicator. Formulario H and the plan cite it by `code`: an indicator of
// either document with the same code is this one.
@Entity('indicators')
@Unique('uq_indicators_agency_code', ['agencyId', 'code'])
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  // The strategic product it measures (an id of the Ficha A1), when it measures one.
  @Column({ type: 'varchar', length: 200, nullable: true })
  product!: string | null;

  @Column({ type: 'varchar', length: 10 })
  unit!: IndicatorUnit;

  // What is counted, in words; the arithmetic is the convention's, never a typed formula.
  @Column({ type: 'text' })
  numerator!: string;

  @Column({ type: 'text', nullable: true })
  denominator!: string | null;

  @Column({ type: 'varchar', length: 12 })
  convention!: GapConvention;

  @Column({ name: 'parity_lower', type: 'numeric', precision: 6, scale: 4, default: 0.97, transformer: NUMERIC })
  parityLower!: number;

  @Column({ name: 'parity_upper', type: 'numeric', precision: 6, scale: 4, default: 1.03, transformer: NUMERIC })
  parityUpper!: number;

  @Column({ name: 'verification_means', type: 'text' })
  verificationMeans!: string;

  @Column({ name: 'goal_on', type: 'varchar', length: 8, default: 'gap' })
  goalOn!: GoalTarget;

  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC })
  baseline!: number | null;

  @Column({ name: 'annual_goal', type: 'numeric', transformer: NUMERIC })
  annualGoal!: number;

  @Column({ name: 'medium_term_goal', type: 'numeric', nullable: true, transformer: NUMERIC })
  mediumTermGoal!: number | null;

  @Column({ name: 'long_term_goal', type: 'numeric', nullable: true, transformer: NUMERIC })
  longTermGoal!: number | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
