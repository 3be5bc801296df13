import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { unauthenticated } from '../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { User } from '../users/user.entity';
import { Principal, PrincipalMembership } from './principal';

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  is_admin: boolean;
  token_version: number;
  memberships: PrincipalMembership[];
  expert_agency_ids: string[];
}

// The person with their roles, in one round trip: it is on the path of every call.
const principalSql = (from: string) => `
  SELECT u.id, u.email, u.name, u.active, u.is_admin, u.token_version,
    COALESCE((SELECT json_agg(json_build_object('id', m.id, 'agencyId', m.agency_id, 'role', m.role, 'centre', m.centre))
              FROM memberships m WHERE m.user_id = u.id), '[]') AS memberships,
    COALESCE((SELECT array_agg(e.agency_id) FROM expert_assignments e WHERE e.user_id = u.id), '{}') AS expert_agency_ids
  ${from}`;

const PRINCIPAL_BY_ID = principalSql('FROM users u WHERE u.id = $1');
// A live browser session whose token_version is still the person's (a new password or a
// deactivation bumps it).
const PRINCIPAL_BY_SESSION = principalSql(`
  FROM browser_sessions s JOIN users u ON u.id = s.user_id AND u.token_version = s.token_version
  WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()`);

export const SESSION_ENDED = 'La sesión no es válida o expiró; inicie sesión nuevamente';

interface TokenClaims {
  sub: string;
  tv: number;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  issue(user: User): { accessToken: string; expiresIn: number } {
    const claims: TokenClaims = { sub: user.id, tv: user.tokenVersion };
    return { accessToken: this.jwt.sign(claims), expiresIn: this.config.jwtTtlSeconds };
  }

  async authenticate(header: string | undefined): Promise<Principal> {
    const token = /^Bearer ([A-Za-z0-9_.-]{10,4096})$/.exec(header ?? '')?.[1];
    if (!token) throw unauthenticated();
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw unauthenticated(SESSION_ENDED);
    }
    if (typeof claims.sub !== 'string' || typeof claims.tv !== 'number') throw unauthenticated();
    return this.loadPrincipal(claims.sub, claims.tv);
  }

  // Every request loads the person afresh (a removed role or a deactivation applies at once).
  async loadPrincipal(userId: string, tokenVersion?: number): Promise<Principal> {
    const [row] = await this.users.query<PrincipalRow[]>(PRINCIPAL_BY_ID, [userId]);
    if (tokenVersion !== undefined && row?.token_version !== tokenVersion) throw unauthenticated(SESSION_ENDED);
    return this.principalOf(row);
  }

  /** The owner of a browser session, by the SHA-256 of its token. */
  async loadSessionPrincipal(tokenHash: string): Promise<Principal> {
    const [row] = await this.users.query<PrincipalRow[]>(PRINCIPAL_BY_SESSION, [tokenHash]);
    return this.principalOf(row);
  }

  private principalOf(row: PrincipalRow | undefined): Principal {
    if (!row || !row.active) throw unauthenticated(SESSION_ENDED);
    return new Principal(row.id, row.email, row.name, row.is_admin, row.memberships, row.expert_agency_ids);
  }
}
