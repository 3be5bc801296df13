export { declaredRoutes } from '../../src/auth/policy/declared-routes';
export type { DeclaredRoute } from '../../src/auth/policy/declared-routes';

export const fillParams = (path: string, value: string) => path.replace(/:[A-Za-z]+/g, value);
