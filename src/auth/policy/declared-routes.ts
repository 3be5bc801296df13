import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY } from './use-policy.decorator';
import { PolicyName, ROUTE_POLICIES } from './route-policies';

export interface DeclaredRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  handler: string;
  policy: PolicyName | undefined;
}

const METHODS: Partial<Record<RequestMethod, DeclaredRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

const ownMethodNames = (prototype: object): string[] => {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object)
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  return [...names];
};

// Every route the application serves (under the global prefix /api), read from the controllers'
// own metadata: the access tests cover a new route without anyone listing it, and the body
// parser knows which routes need no sign-in before any guard has run.
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null | undefined;
      if (!controller) continue;
      const prefixes = [(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? ''].flat();
      const classPolicy = Reflect.getMetadata(POLICY_KEY, controller) as PolicyName | undefined;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of ownMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (paths === undefined || requestMethod === undefined) continue;
        const method = METHODS[requestMethod];
        if (!method) throw new Error(`Método HTTP no contemplado en ${controller.name}.${name}`);
        for (const prefix of prefixes)
          for (const path of [paths].flat())
            routes.push({
              method,
              path: join('api', prefix, path),
              handler: `${controller.name}.${name}`,
              policy: (Reflect.getMetadata(POLICY_KEY, handler) as PolicyName | undefined) ?? classPolicy,
            });
      }
    }
  }
  return routes;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// As Express routes: case-insensitive, an optional trailing slash, a parameter is one segment.
function pattern(path: string): RegExp {
  if (/[*?()]/.test(path)) throw new Error(`Ruta con comodines no contemplada: ${path}`);
  const source = path
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => (part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/** Whether a request needs no sign-in: the first route it reaches, in the order Express tries them,
 * is public, or it reaches none (a 404 for anyone). */
export function publicRequestMatcher(routes: readonly DeclaredRoute[]): (method: string, path: string) => boolean {
  const table = routes.map((r) => ({
    method: r.method.toUpperCase(),
    pattern: pattern(r.path),
    isPublic: r.policy === undefined || ROUTE_POLICIES[r.policy].scope.kind === 'public',
  }));
  return (method, path) => {
    const verb = method === 'HEAD' ? 'GET' : method;
    return table.find((r) => r.method === verb && r.pattern.test(path))?.isPublic ?? true;
  };
}
