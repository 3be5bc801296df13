import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyRole } from '../../workflows/roles';
import { User } from '../users/user.entity';
import { Agency } from './agency.entity';

// A person's role inside one agency. centre_lead memberships name their responsibility centre.
@Entity('memberships')
@Index('uq_memberships_user_agency_role_centre', ['userId', 'agencyId', 'role', 'centre'], { unique: true })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('ix_memberships_agency')
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 32 })
  role!: AgencyRole;

  // '' rather than NULL so that the unique index also covers roles without a centre.
  @Column({ type: 'varchar', length: 200, default: '' })
  centre!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
