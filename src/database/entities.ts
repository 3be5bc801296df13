import { Agency } from '../agencies/agency.entity';
import { ExpertAssignment } from '../agencies/expert-assignment.entity';
import { Membership } from '../agencies/membership.entity';
import { SecurityEvent } from '../audit/security-event.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [Agency, User, Membership, ExpertAssignment, SecurityEvent];
