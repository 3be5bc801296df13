import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './access.guard';
import type { Principal, ScopeInAgency } from './principal';

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal en una ruta pública');
  return principal;
});

/** The agency and the caller's roles there, set by the AccessGuard for agency-scoped policies. */
export const AgencyScope = createParamDecorator((_: unknown, context: ExecutionContext): ScopeInAgency => {
  const scope = context.switchToHttp().getRequest<AuthenticatedRequest>().scope;
  if (!scope) throw new Error('AgencyScope en una ruta sin alcance de servicio');
  return scope;
});
