import { Injectable } from '@nestjs/common';
import type { SingletonDocumentKind } from '../../workflows/document-kinds';
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

// Plays the procedure through the same services the API uses, leaving three cycles part-way so
// that each role finds work in its inbox: the head a management review to record (2027), the
// expert a diagnostic to visa (2028), the officer strategic definitions returned with
// observations (2029).
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
    const send = async (actor: Actor, type: CycleEventDto['type'], comment?: string) => {
      const { revision } = await this.cycles.get(cycleId, actor.principal, actor.roles);
      await this.transitions.apply(cycleId, { type, revision, comment }, actor.principal, actor.roles);
    };
    const save = async (actor: Actor, kind: SingletonDocumentKind, nextYear = false) => {
      const current = await this.documents.get(cycleId, kind, actor.roles);
      await this.documents.save(
        cycleId,
        kind,
        demoContent(kind, nextYear),
        current.version,
        actor.principal,
        actor.roles,
      );
    };
    const gate = async (...kinds: SingletonDocumentKind[]) => {
      for (const kind of kinds) await save(kind === 'work-programme' ? centreLead : officer, kind);
      await send(officer, 'SUBMIT');
      await send(head, 'APPROVE');
      await send(expert, 'GRANT_VISA', 'Cumple los requisitos técnicos del Programa Marco.');
    };
    const start = async (year: number) => {
      cycleId = (await this.cycles.create(agencyId, year, officer.principal, officer.roles)).id;
    };

    await start(2027);
    await gate('strategic-definitions');
    await gate('diagnostic');
    await gate('plan', 'work-programme');
    await this.documents.register(
      cycleId,
      'activity-record',
      demoContent('activity-record'),
      officer.principal,
      officer.roles,
    );
    await this.documents.register(
      cycleId,
      'progress-report',
      demoContent('progress-report'),
      centreLead.principal,
      centreLead.roles,
    );
    await send(officer, 'FINISH_IMPLEMENTATION');
    await gate('evaluation', 'follow-up-programme');
    await save(quality, 'management-review');

    await start(2028);
    await gate('strategic-definitions');
    await save(officer, 'diagnostic');
    await send(officer, 'SUBMIT');
    await send(head, 'APPROVE');

    await start(2029);
    await save(officer, 'strategic-definitions');
    await send(officer, 'SUBMIT');
    await send(head, 'RETURN', 'Falta justificar por qué el producto PE-4 no aplica enfoque de género.');
  }
}
