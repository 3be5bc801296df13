import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AgencyRole, ROLE_LABELS, Role } from '../../workflows/roles';
import { AgenciesService } from '../agencies/agencies.service';
import { Agency } from '../agencies/agency.entity';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { UsersService } from '../users/users.service';
import { DemoCycles, DemoPeople } from './demo-cycles';

export interface DemoCredential {
  role: Role;
  label: string;
  email: string;
  password: string;
}

const DEMO_CODE = 'DEMO-SNFPR';
const CREDENTIALS_FILE = 'demo-credentials.json';

const PEOPLE: { role: AgencyRole | 'sernam_expert'; local: string; name: string; centre?: string }[] = [
  { role: 'gender_officer', local: 'encargada.genero', name: 'Carolina Muñoz Pérez' },
  {
    role: 'centre_lead',
    local: 'centro.biobio',
    name: 'Jorge Sepúlveda Araya',
    centre: 'Dirección Regional del Biobío',
  },
  { role: 'agency_head', local: 'jefatura', name: 'Mónica Fuentealba Rojas' },
  { role: 'quality_team', local: 'calidad', name: 'Andrés Núñez Castillo' },
  { role: 'auditor', local: 'auditoria', name: 'Patricia Valdés Soto' },
  { role: 'sernam_expert', local: 'experta.sernam', name: 'Francisca Ibáñez Lagos' },
];

// `npm run seed:demo`: a fictional agency with one person per role, so that a newcomer can try
// every role. Idempotent: a second run prints the same credentials.
@Injectable()
export class DemoSeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly demoCycles: DemoCycles,
  ) {}

  async seed(): Promise<{ agencyId: string; credentials: DemoCredential[]; created: boolean }> {
    const file = join(this.config.dataDir, CREDENTIALS_FILE);
    const existing = await this.dataSource.getRepository(Agency).findOne({ where: { code: DEMO_CODE } });
    if (existing && existsSync(file)) {
      return {
        agencyId: existing.id,
        credentials: JSON.parse(readFileSync(file, 'utf8')) as DemoCredential[],
        created: false,
      };
    }
    if (existing) throw new Error(`El servicio ${DEMO_CODE} ya existe pero falta ${file}`);

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
    for (const person of PEOPLE) {
      const password = randomBytes(12).toString('base64url');
      const email = `${person.local}@demo.enfoque.local`;
      const user = await this.users.create({ email, name: person.name, password }, null);
      if (person.role === 'sernam_expert') await this.agencies.assignExpert(agency.id, user.id, null);
      else
        await this.agencies.addMember(agency.id, { userId: user.id, role: person.role, centre: person.centre }, null);
      credentials.push({ role: person.role, label: ROLE_LABELS[person.role], email, password });
      ids[person.role] = user.id;
    }
    await this.demoCycles.play(agency.id, {
      officer: ids.gender_officer,
      centreLead: ids.centre_lead,
      head: ids.agency_head,
      quality: ids.quality_team,
      expert: ids.sernam_expert,
    } as DemoPeople);
    writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    return { agencyId: agency.id, credentials, created: true };
  }
}
