import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { unauthenticated } from '../common/errors/domain.exception';
import { JobQueue } from '../jobs/job-queue';
import { JobName } from '../jobs/job-names';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { User } from '../users/user.entity';
import { Principal } from './principal';
import { TokenService } from './token.service';

const WRONG_CREDENTIALS = 'Correo electrónico o contraseña incorrectos';

@Injectable()
export class AuthService {
  // Verifying against a real hash when the email is unknown keeps both failures equally slow.
  private readonly decoyHash = hashPassword(randomUUID());

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly jobs: JobQueue,
  ) {}

  async login(email: string, password: string, ip: string) {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
    const matches = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    const succeeded = Boolean(user && matches && user.active);
    this.recordAttempt(succeeded, user?.id ?? null, email, ip);
    if (!user || !succeeded) throw unauthenticated(WRONG_CREDENTIALS);

    const principal = await this.tokens.loadPrincipal(user.id);
    return { ...this.tokens.issue(user), user: describe(principal) };
  }

  private recordAttempt(succeeded: boolean, userId: string | null, email: string, ip: string): void {
    const at = new Date().toISOString();
    const attemptId = createHash('sha256').update(`${email}|${ip}|${at}|${randomUUID()}`).digest('hex').slice(0, 32);
    // Off the request path: a slow or absent queue must not block or fail a sign-in.
    void this.jobs
      .enqueue(
        JobName.RecordSignIn,
        { attemptId, outcome: succeeded ? 'succeeded' : 'failed', userId, email, ip, at },
        { jobId: `sign-in:${attemptId}` },
      )
      .catch(() => undefined);
  }
}

export function describe(principal: Principal) {
  return {
    id: principal.userId,
    email: principal.email,
    name: principal.name,
    roles: principal.allRoles(),
    memberships: principal.memberships.map(({ id, agencyId, role, centre }) => ({
      id,
      agencyId,
      role,
      centre: centre || null,
    })),
    expertAgencyIds: principal.expertAgencyIds,
  };
}
