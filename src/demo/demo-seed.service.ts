import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { roleLabel } from '../../workflows/labels';
import { Role } from '../../workflows/roles';
import { AgenciesService } from '../agencies/agencies.service';
import { Agency } from '../agencies/agency.entity';
import { TokenService } from '../auth/token.service';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { InboxService } from '../inbox/inbox.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DemoCycles, DemoPeople } from './demo-cycles';
import { DEMO_PEOPLE } from './demo-fixtures';
import { awaitingText } from './demo-summary';

export interface DemoCredential {
  role: Role;
  label: string;
  // Absent in files written before the demo named its people.
  name?: string;
  email: string;
  password: string;
}

export interface DemoAwaiting {
  credential: DemoCredential;
  // "Jefe/a de Servicio: aprobar o devolver el Informe de Diagnóstico 2030", one per Bandeja item.
  tasks: string[];
}

export interface DemoSeedResult {
  agencyId: string;
  created: boolean;
  publicUrl: string;
  credentials: DemoCredential[];
  awaiting: DemoAwaiting[];
}

const DEMO_CODE = 'DEMO-SNFPR';
const CREDENTIALS_FILE = 'demo-credentials.json';
// A Bandeja page large enough for everything the demo leaves.
const INBOX_PAGE = { limit: 200, offset: 0 };

// `npm run seed:demo`: a fictional agency with its people (one or more per role) and six yearly
// cycles, each left where the procedure has something to show. Idempotent: a second run prints
// the same credentials and what awaits each person now.
@Injectable()
export class DemoSeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly demoCycles: DemoCycles,
    private readonly tokens: TokenService,
    private readonly inbox: InboxService,
  ) {}

  async seed(): Promise<DemoSeedResult> {
    const file = join(this.config.dataDir, CREDENTIALS_FILE);
    const existing = await this.dataSource.getRepository(Agency).findOne({ where: { code: DEMO_CODE } });
    if (existing && !existsSync(file)) throw new Error(`El servicio ${DEMO_CODE} ya existe pero falta ${file}`);
    const created = !existing;
    const { agencyId, credentials } = existing
      ? { agencyId: existing.id, credentials: JSON.parse(readFileSync(file, 'utf8')) as DemoCredential[] }
      : await this.create(file);
    return {
      agencyId,
      created,
      publicUrl: this.config.publicUrl,
      credentials,
      awaiting: await this.awaiting(credentials),
    };
  }

  private async create(file: string): Promise<{ agencyId: string; credentials: DemoCredential[] }> {
    const agency = await this.agencies.create(
      {
        code: DEMO_CODE,
        name: 'Servicio Nacional de Fomento Productivo Regional',
        ministry: 'Ministerio de Economía, Fomento y Turismo',
      },
      null,
    );
    const credentials: DemoCredential[] = [];
    const ids: Partial<Record<Role, string>> = {};
    for (const person of DEMO_PEOPLE) {
      const password = randomBytes(12).toString('base64url');
      const email = `${person.local}@demo.enfoque.local`;
      const user = await this.users.create({ email, name: person.name, password }, null);
      if (person.role === 'sernam_expert') await this.agencies.assignExpert(agency.id, user.id, null);
      else
        await this.agencies.addMember(agency.id, { userId: user.id, role: person.role, centre: person.centre }, null);
      credentials.push({ role: person.role, label: roleLabel(person.role), name: person.name, email, password });
      // The first person of each role plays the cycles.
      ids[person.role] ??= user.id;
    }
    await this.demoCycles.play(agency.id, {
      officer: ids.gender_officer,
      centreLead: ids.centre_lead,
      head: ids.agency_head,
      quality: ids.quality_team,
      expert: ids.sernam_expert,
    } as DemoPeople);
    writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    return { agencyId: agency.id, credentials };
  }

  // What each person's Bandeja holds now, read through the same service as GET /api/inbox.
  private async awaiting(credentials: readonly DemoCredential[]): Promise<DemoAwaiting[]> {
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: credentials.map((c) => ({ email: c.email })), select: { id: true, email: true } });
    const idByEmail = new Map(users.map((u) => [u.email, u.id]));
    const result: DemoAwaiting[] = [];
    for (const credential of credentials) {
      const userId = idByEmail.get(credential.email);
      if (!userId) {
        result.push({ credential, tasks: [] });
        continue;
      }
      const principal = await this.tokens.loadPrincipal(userId);
      const page = await this.inbox.forPrincipal(principal, INBOX_PAGE);
      result.push({ credential, tasks: page.items.map((item) => `${credential.label}: ${awaitingText(item)}`) });
    }
    return result;
  }
}
