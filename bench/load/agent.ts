import { readFixture } from '../../test/fixtures/cycle';
import { type Action, type CycleSeen, decide, type Person, type Script } from './decide';
import type { ErrorBody, LoadHttp, Outcome } from './http';
import type { AgencyPeople } from './setup';

export const YEAR = 2027;
const MAX_STEPS = 400;
const MAX_ERRORS = 10;

export interface AgentResult {
  agencyId: string;
  cycleId: string | null;
  closed: boolean;
  transitions: number;
  /** Answers a person could not get past by retrying (a 500, an unexpected 4xx). */
  errors: string[];
  /** 503s and requests without an answer, each waited out and retried. */
  retries: number;
  /** 409 STALE_REVISION / STALE_VERSION, each answered by reading the cycle again. */
  conflicts: number;
}

// Conflicts that mean "someone (or my own lost request) changed it meanwhile": read and retry.
const STALE = new Set(['STALE_REVISION', 'STALE_VERSION']);
// After a request whose answer was lost, these only say that it went through after all.
const ALREADY_DONE = new Set(['EVENT_NOT_ALLOWED', 'NOT_EDITABLE', 'CYCLE_EXISTS']);

type Verdict = 'ok' | 'retry' | 'stale' | 'error';

// One agency's people running their cycle from creation to closing, as people would: on a 503
// or a dropped connection they wait and try again, on a stale revision they read and try again.
export class CycleAgent {
  private readonly result: AgentResult;
  private cycleId: string | null = null;
  private backoffMs = 0;
  private lastWasLost = false;

  constructor(
    private readonly http: LoadHttp,
    private readonly people: AgencyPeople,
    private readonly script: Script,
    private readonly thinkMs: number,
    /** Shared by every agent: transitions accepted so far, for the fault schedule. */
    private readonly progress: { transitions: number },
  ) {
    this.result = {
      agencyId: people.agencyId,
      cycleId: null,
      closed: false,
      transitions: 0,
      errors: [],
      retries: 0,
      conflicts: 0,
    };
  }

  async run(): Promise<AgentResult> {
    for (let step = 0; step < MAX_STEPS && this.result.errors.length < MAX_ERRORS; step++) {
      if (this.thinkMs > 0) await sleep(this.thinkMs * (0.5 + Math.random()));
      if (!this.cycleId) {
        await this.openCycle();
        continue;
      }
      const seen = await this.http.call<CycleSeen & ErrorBody>(
        'GET',
        `/cycles/${this.cycleId}`,
        this.people.officer,
        undefined,
        '/cycles/:id',
      );
      if ((await this.judge(seen, 'leer ciclo', false)) !== 'ok' || seen.kind !== 'answer') continue;
      let action: Action;
      try {
        action = decide(seen.body, this.script);
      } catch (error) {
        this.result.errors.push(error instanceof Error ? error.message : String(error));
        break;
      }
      if (action.type === 'done') {
        this.result.closed = true;
        break;
      }
      const outcome = await this.perform(action, seen.body.revision);
      if ((await this.judge(outcome, describe(action), true)) === 'ok' && action.type === 'event') {
        this.result.transitions++;
        this.progress.transitions++;
      }
    }
    this.result.cycleId = this.cycleId;
    return this.result;
  }

  private async openCycle(): Promise<void> {
    const created = await this.http.call<{ id: string } & ErrorBody>(
      'POST',
      `/agencies/${this.people.agencyId}/cycles`,
      this.people.officer,
      { year: YEAR },
      '/agencies/:id/cycles',
    );
    const verdict = await this.judge(created, 'crear ciclo', true);
    if (verdict === 'ok' && created.kind === 'answer' && created.status === 201) {
      this.cycleId = created.body.id;
      return;
    }
    // Created by a request whose answer was lost, or not at all: the agency's list says which.
    const listed = await this.http.call<{ id: string; year: number }[]>(
      'GET',
      `/agencies/${this.people.agencyId}/cycles`,
      this.people.officer,
      undefined,
      '/agencies/:id/cycles',
    );
    if ((await this.judge(listed, 'listar ciclos', false)) === 'ok' && listed.kind === 'answer') {
      this.cycleId = listed.body.find((c) => c.year === YEAR)?.id ?? null;
    }
  }

  private perform(action: Exclude<Action, { type: 'done' }>, revision: number): Promise<Outcome<ErrorBody>> {
    const token = this.tokenOf(action.as);
    const id = this.cycleId ?? '';
    switch (action.type) {
      case 'save':
        return this.http.call(
          'PUT',
          `/cycles/${id}/documents/${action.kind}`,
          token,
          { content: readFixture(action.kind), version: action.version },
          '/cycles/:id/documents/:kind',
        );
      case 'register-activity':
        return this.http.call(
          'POST',
          `/cycles/${id}/activity-records`,
          token,
          { content: readFixture('activity-record') },
          '/cycles/:id/activity-records',
        );
      case 'event':
        return this.http.call(
          'POST',
          `/cycles/${id}/events`,
          token,
          { type: action.event, revision, ...(action.comment ? { comment: action.comment } : {}) },
          '/cycles/:id/events',
        );
    }
  }

  // Classifies an answer the way a person would react to it, and waits when a person would.
  // `action`: the request changes something, so a lost answer leaves its outcome unknown.
  private async judge(outcome: Outcome<unknown>, what: string, action: boolean): Promise<Verdict> {
    if (outcome.kind === 'no-answer' || outcome.status === 503) {
      this.result.retries++;
      if (action) this.lastWasLost = true;
      this.backoffMs = Math.min(4_000, this.backoffMs === 0 ? 500 : this.backoffMs * 2);
      await sleep(this.backoffMs * (0.5 + Math.random()));
      return 'retry';
    }
    this.backoffMs = 0;
    const wasLost = this.lastWasLost;
    if (action) this.lastWasLost = false;
    if (outcome.status < 400) return 'ok';
    const code = (outcome.body as ErrorBody | null)?.code ?? '';
    if (outcome.status === 409 && (STALE.has(code) || (wasLost && ALREADY_DONE.has(code)))) {
      this.result.conflicts++;
      return 'stale';
    }
    this.result.errors.push(`${what}: ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 300)}`);
    await sleep(500);
    return 'error';
  }

  private tokenOf(person: Person): string {
    return this.people[person];
  }
}

function describe(action: Exclude<Action, { type: 'done' }>): string {
  switch (action.type) {
    case 'save':
      return `guardar ${action.kind}`;
    case 'register-activity':
      return 'registrar actividad';
    case 'event':
      return action.event;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
