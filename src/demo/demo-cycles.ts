import { Injectable } from '@nestjs/common';
import type { RegisterDocumentKind, SingletonDocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import { Principal } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { CycleTransitionsService } from '../cycles/cycle-transitions.service';
import { CyclesService } from '../cycles/cycles.service';
import { CycleEventDto } from '../cycles/dto/cycle-event.dto';
import { DocumentsService } from '../documents/documents.service';
import { demoContent } from './demo-fixtures';

export interface DemoPeople {
  officer: string;
  centreLead: string;
  head: string;
  quality: string;
  expert: string;
}

// The demo's years, one cycle each, oldest (furthest along) first.
export const DEMO_YEARS = [2026, 2027, 2028, 2029, 2030, 2031] as const;

// Plays the procedure through the same services the API uses, leaving one cycle at each point
// worth seeing, so that every role finds work in its Bandeja:
//   2026 follow-up: the management review drafted by the quality team, for the head to record;
//   2027 implementation: one activity record and one progress report registered;
//   2028 plan and work programme whose visa SERNAM denied, back with the officer;
//   2029 diagnostic approved by the head, for SERNAM's visa;
//   2030 diagnostic submitted, for the head to approve or return;
//   2031 strategic definitions returned by the head with observations, back with the officer.
@Injectable()
export class DemoCycles {
  constructor(
    private readonly cycles: CyclesService,
    private readonly transitions: CycleTransitionsService,
    private readonly documents: DocumentsService,
    private readonly tokens: TokenService,
  ) {}

  async play(agencyId: string, ids: DemoPeople): Promise<void> {
    const person = async (userId: string) => {
      const principal = await this.tokens.loadPrincipal(userId);
      return { principal, roles: principal.rolesIn(agencyId) };
    };
    const [officer, centreLead, head, quality, expert] = await Promise.all(
      [ids.officer, ids.centreLead, ids.head, ids.quality, ids.expert].map(person),
    );
    type Actor = { principal: Principal; roles: Role[] };

    let cycleId = '';
    let year = 0;
    const send = async (actor: Actor, type: CycleEventDto['type'], comment?: string) => {
      const { revision } = await this.cycles.get(cycleId, actor.principal, actor.roles);
      await this.transitions.apply(cycleId, { type, revision, comment }, actor.principal, actor.roles);
    };
    const save = async (actor: Actor, kind: SingletonDocumentKind) => {
      const current = await this.documents.get(cycleId, kind, actor.roles);
      await this.documents.save(cycleId, kind, demoContent(kind, year), current.version, actor.principal, actor.roles);
    };
    const register = (actor: Actor, kind: RegisterDocumentKind) =>
      this.documents.register(cycleId, kind, demoContent(kind, year), actor.principal, actor.roles);
    // The centre lead writes the work programme, the officer the rest.
    const draft = async (...kinds: SingletonDocumentKind[]) => {
      for (const kind of kinds) await save(kind === 'work-programme' ? centreLead : officer, kind);
    };
    const gate = async (...kinds: SingletonDocumentKind[]) => {
      await draft(...kinds);
      await send(officer, 'SUBMIT');
      await send(head, 'APPROVE');
      await send(expert, 'GRANT_VISA', 'Cumple los requisitos técnicos del Programa Marco.');
    };
    const start = async (cycleYear: number) => {
      year = cycleYear;
      cycleId = (await this.cycles.create(agencyId, year, officer.principal, officer.roles)).id;
    };

    await start(2026);
    await gate('strategic-definitions');
    await gate('diagnostic');
    await gate('plan', 'work-programme');
    await register(officer, 'activity-record');
    await register(centreLead, 'progress-report');
    await send(officer, 'FINISH_IMPLEMENTATION');
    await gate('evaluation', 'follow-up-programme');
    await save(quality, 'management-review');

    await start(2027);
    await gate('strategic-definitions');
    await gate('diagnostic');
    await gate('plan', 'work-programme');
    await register(officer, 'activity-record');
    await register(centreLead, 'progress-report');

    await start(2028);
    await gate('strategic-definitions');
    await gate('diagnostic');
    await draft('plan', 'work-programme');
    await send(officer, 'SUBMIT');
    await send(head, 'APPROVE');
    await send(
      expert,
      'DENY_VISA',
      'El indicador IA-3 no tiene línea base y la actividad A-5 no indica cómo se medirá su avance. Complete ambos antes de volver a enviar.',
    );

    await start(2029);
    await gate('strategic-definitions');
    await draft('diagnostic');
    await send(officer, 'SUBMIT');
    await send(head, 'APPROVE');

    await start(2030);
    await gate('strategic-definitions');
    await draft('diagnostic');
    await send(officer, 'SUBMIT');

    await start(2031);
    await draft('strategic-definitions');
    await send(officer, 'SUBMIT');
    await send(head, 'RETURN', 'Falta justificar por qué el producto PE-4 no aplica enfoque de género.');
  }
}
