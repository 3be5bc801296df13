import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/load-config';

/** What the table keeps of a session's token. */
export const sessionTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SessionOwner {
  userId: string;
  tokenVersion: number;
}

// Browser sign-ins live on the server, so that "Cerrar sesión" ends one for good and a
// deactivation or a new password ends them all (the token_version they carry no longer matches).
@Injectable()
export class BrowserSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(
    owner: SessionOwner,
    client: { userAgent?: string; ip?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO browser_sessions (token_hash, user_id, token_version, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6)`,
      [
        sessionTokenHash(token),
        owner.userId,
        owner.tokenVersion,
        this.config.jwtTtlSeconds,
        client.userAgent?.slice(0, 300) ?? null,
        client.ip?.slice(0, 64) ?? null,
      ],
    );
    return token;
  }

  async end(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE browser_sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL`,
      [sessionTokenHash(token)],
    );
  }

  async endAllOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE browser_sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [
      userId,
    ]);
  }
}
