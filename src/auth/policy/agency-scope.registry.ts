import { Injectable } from '@nestjs/common';

type Resolver = (id: string) => Promise<string | null>;

// Feature modules register how a route parameter (e.g. cycleId) leads to its agency, so that the
// policy guard can authorise by agency without knowing every feature.
@Injectable()
export class AgencyScopeRegistry {
  private readonly resolvers = new Map<string, Resolver>([['agencyId', async (id) => id]]);

  register(param: string, resolver: Resolver): void {
    this.resolvers.set(param, resolver);
  }

  async resolve(param: string, id: string): Promise<string | null> {
    const resolver = this.resolvers.get(param);
    if (!resolver) throw new Error(`Sin resolución de agencia para el parámetro ${param}`);
    return resolver(id);
  }
}
