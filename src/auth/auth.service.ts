import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { SecurityEventsService } from '../audit/security-events.service';
import { unauthenticated, unprocessable } from '../common/errors/domain.exception';
import { JobQueue } from '../jobs/job-queue';
import { JobName } from '../jobs/job-names';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { User } from '../users/user.entity';
import { BrowserSessionsService } from './browser-sessions.service';
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
    private readonly sessions: BrowserSessionsService,
    private readonly events: SecurityEventsService,
  ) {}

  async login(email: string, password: string, ip: string) {
    const user = await this.verify(email, password, ip);
    const principal = await this.tokens.loadPrincipal(user.id);
    return { ...this.tokens.issue(user), user: describe(principal) };
  }

  /** A browser sign-in: the same checks as a token sign-in, answered with a server-side session. */
  async openSession(email: string, password: string, client: { ip: string; userAgent?: string }) {
    const user = await this.verify(email, password, client.ip);
    const principal = await this.tokens.loadPrincipal(user.id);
    const token = await this.sessions.open({ userId: user.id, tokenVersion: user.tokenVersion }, client);
    return { token, user: describe(principal) };
  }

  async closeSession(token: string | undefined): Promise<void> {
    if (token) await this.sessions.end(token);
  }

  // Requires the current password. Every other session and token of the person ends; the browser
  // that asked gets a new session, so that the person stays signed in where they are.
  async changePassword(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    client: { ip: string; userAgent?: string; browser: boolean },
  ): Promise<{ token: string | null }> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: principal.userId })
      .getOne();
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw unprocessable('WRONG_PASSWORD', 'La contraseña actual no es correcta');
    }
    if (currentPassword === newPassword) {
      throw unprocessable('SAME_PASSWORD', 'La contraseña nueva debe ser distinta de la actual');
    }
    const passwordHash = await hashPassword(newPassword);
    return this.users.manager.transaction(async (manager) => {
      const [row] = await manager.query<{ token_version: number }[]>(
        // A CTE, so that the driver answers rows (a bare UPDATE … RETURNING answers [rows, count]).
        `WITH changed AS (
           UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now()
           WHERE id = $1 RETURNING token_version)
         SELECT token_version FROM changed`,
        [user.id, passwordHash],
      );
      await this.sessions.endAllOf(user.id, manager);
      await this.events.record(manager, 'user.password-changed', user.id, user.id, {});
      if (!client.browser || !row) return { token: null };
      const token = await this.sessions.open({ userId: user.id, tokenVersion: row.token_version }, client, manager);
      return { token };
    });
  }

  private async verify(email: string, password: string, ip: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
    const matches = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    const succeeded = Boolean(user && matches && user.active);
    this.recordAttempt(succeeded, user?.id ?? null, email, ip);
    if (!user || !succeeded) throw unauthenticated(WRONG_CREDENTIALS);
    return user;
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
