import { Injectable } from '@nestjs/common';

type Resolver = (id: string) => Promise<string | null>;

const CACHE_LIMIT = 10_000;

// Feature modules register how a route parameter (e.g. cycleId) leads to its agency, so that the
// policy guard can authorise by agency without knowing every feature.
@Injectable()
export class AgencyScopeRegistry {
  private readonly resolvers = new Map<string, { resolve: Resolver; immutable: boolean }>([
    ['agencyId', { resolve: async (id) => id, immutable: false }],
  ]);
  // A cycle or a record never moves to another agency: such answers are kept, saving a query
  // on every request.
  private readonly cache = new Map<string, string>();

  register(param: string, resolve: Resolver, options: { immutable: boolean } = { immutable: false }): void {
    this.resolvers.set(param, { resolve, immutable: options.immutable });
  }

  async resolve(param: string, id: string): Promise<string | null> {
    const resolver = this.resolvers.get(param);
    if (!resolver) throw new Error(`Sin resolución de agencia para el parámetro ${param}`);
    const key = `${param}:${id}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const agencyId = await resolver.resolve(id);
    if (agencyId && resolver.immutable) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, agencyId);
    }
    return agencyId;
  }
}
