import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { POLICY_KEY } from '../../src/auth/policy/use-policy.decorator';
import { PolicyName } from '../../src/auth/policy/route-policies';

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

// Every route the application serves, read from the controllers' own metadata, so that a new
// route is covered by the access tests without anyone listing it.
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefix = (Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string | undefined) ?? '';
    const classPolicy = Reflect.getMetadata(POLICY_KEY, wrapper.metatype) as PolicyName | undefined;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || requestMethod === undefined) continue;
      const method = METHODS[requestMethod];
      if (!method) throw new Error(`Método HTTP no contemplado en ${wrapper.name}.${name}`);
      routes.push({
        method,
        path: join('api', prefix, path),
        handler: `${wrapper.name}.${name}`,
        policy: (Reflect.getMetadata(POLICY_KEY, handler) as PolicyName | undefined) ?? classPolicy,
      });
    }
  }
  return routes;
}

export const fillParams = (path: string, value: string) => path.replace(/:[A-Za-z]+/g, value);
