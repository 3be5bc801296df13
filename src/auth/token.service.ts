import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ExpertAssignment } from '../agencies/expert-assignment.entity';
import { Membership } from '../agencies/membership.entity';
import { unauthenticated } from '../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { User } from '../users/user.entity';
import { Principal } from './principal';

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
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(ExpertAssignment) private readonly assignments: Repository<ExpertAssignment>,
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
      throw unauthenticated('La sesión no es válida o expiró; inicie sesión nuevamente');
    }
    if (typeof claims.sub !== 'string' || typeof claims.tv !== 'number') throw unauthenticated();
    return this.loadPrincipal(claims.sub, claims.tv);
  }

  async loadPrincipal(userId: string, tokenVersion?: number): Promise<Principal> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user || !user.active || (tokenVersion !== undefined && user.tokenVersion !== tokenVersion)) {
      throw unauthenticated('La sesión no es válida o expiró; inicie sesión nuevamente');
    }
    const [memberships, assignments] = await Promise.all([
      this.memberships.find({ where: { userId } }),
      this.assignments.find({ where: { userId } }),
    ]);
    return new Principal(
      user.id,
      user.email,
      user.name,
      user.isAdmin,
      memberships.map((m) => ({ id: m.id, agencyId: m.agencyId, role: m.role, centre: m.centre })),
      assignments.map((a) => a.agencyId),
    );
  }
}
