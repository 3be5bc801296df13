import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainException, forbidden, notFound, unauthenticated } from '../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { sessionTokenHash } from './browser-sessions.service';
import { AgencyScopeRegistry } from './policy/agency-scope.registry';
import { POLICY_KEY } from './policy/use-policy.decorator';
import { PolicyName, ROUTE_POLICIES, RoutePolicy } from './policy/route-policies';
import { Principal, ScopeInAgency } from './principal';
import { isCrossSiteWrite, sessionTokenOf } from './session-cookie';
import { TokenService } from './token.service';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** The agency the route acts in and the caller's roles there, when the policy is agency-scoped. */
  scope?: ScopeInAgency;
}

const csrfRejected = () =>
  new DomainException(
    HttpStatus.FORBIDDEN,
    'CSRF_REJECTED',
    'La solicitud no proviene de Enfoque; recargue la página e intente nuevamente',
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Deny by default: a route without a declared policy is refused; otherwise the caller is
// authenticated and, for agency routes, must hold one of the policy's roles in that agency.
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly scopes: AgencyScopeRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const name = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!name) {
      this.logger.error(`Ruta sin política de acceso: ${request.method} ${request.url}`);
      throw forbidden();
    }
    const policy: RoutePolicy = ROUTE_POLICIES[name];
    // A write from a browser (its session cookie, or the sign-in that creates one) must come from our pages.
    const fromBrowser =
      !request.headers.authorization && (sessionTokenOf(request) !== undefined || name === 'auth.session');
    if (fromBrowser && isCrossSiteWrite(request, this.config)) throw csrfRejected();
    if (policy.scope.kind === 'public') return true;

    const principal = await this.authenticate(request);
    request.principal = principal;

    switch (policy.scope.kind) {
      case 'authenticated':
        return true;
      case 'anyAgency':
        if (!principal.allRoles().some((role) => policy.roles.includes(role))) throw forbidden();
        return true;
      case 'admin':
        if (!principal.isAdmin) throw forbidden();
        return true;
      case 'agency': {
        const id: unknown = request.params[policy.scope.param];
        request.scope = await this.authoriseInAgency(principal, policy, typeof id === 'string' ? id : undefined);
        return true;
      }
    }
  }

  // A bearer token (API clients) or the browser's session cookie.
  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    if (request.headers.authorization) return this.tokens.authenticate(request.headers.authorization);
    const token = sessionTokenOf(request);
    if (!token) throw unauthenticated();
    return this.tokens.loadSessionPrincipal(sessionTokenHash(token));
  }

  private async authoriseInAgency(
    principal: Principal,
    policy: RoutePolicy,
    id: string | undefined,
  ): Promise<ScopeInAgency> {
    if (policy.scope.kind !== 'agency' || !id || !UUID.test(id))
      throw notFound('NOT_FOUND', 'El recurso solicitado no existe');
    const agencyId = await this.scopes.resolve(policy.scope.param, id);
    if (!agencyId) throw notFound('NOT_FOUND', 'El recurso solicitado no existe');
    const roles = principal.rolesIn(agencyId);
    if (principal.isAdmin) roles.push('admin');
    if (!roles.some((role) => policy.roles.includes(role))) throw forbidden();
    return { agencyId, roles };
  }
}
