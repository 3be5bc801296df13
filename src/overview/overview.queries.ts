import { EntityManager } from 'typeorm';
import type { Role } from '../../workflows/roles';

// The overview's data in a fixed number of set-based queries, whatever the number of agencies
// (no query per agency or per cycle). $1: agency ids in scope (NULL: all); $2: year or NULL.

export interface Scope {
  agencyIds: string[] | null;
  year: number | null;
}

export interface CycleRow {
  id: string;
  agencyId: string;
  code: string;
  name: string;
  year: number;
  stage: string;
  state: string;
  status: string;
  awaiting: Role[];
  stateEnteredAt: Date;
}

export interface EventTotals {
  cycleId: string;
  returns: number;
  denials: number;
  visaDecisions: number;
  visaDaysAverage: number | null;
}

export interface CommitmentTotals {
  cycleId: string;
  total: number;
  met: number;
  overdue: number;
}

export interface LatestMeasurementRow {
  agencyId: string;
  year: number;
  unit: string;
  convention: string;
  parityLower: string;
  parityUpper: string;
  goalOn: string;
  baseline: string | null;
  annualGoal: string;
  women: string | null;
  men: string | null;
}

const params = (scope: Scope) => [scope.agencyIds, scope.year];

export const cyclesInScope = (manager: EntityManager, scope: Scope) =>
  manager.query<CycleRow[]>(
    `SELECT c.id, c.agency_id AS "agencyId", a.code, a.name, c.year, c.stage, c.state, c.status, c.awaiting,
            c.state_entered_at AS "stateEnteredAt"
       FROM cycles c JOIN agencies a ON a.id = c.agency_id
      WHERE ($1::uuid[] IS NULL OR c.agency_id = ANY($1)) AND ($2::int IS NULL OR c.year = $2)
      ORDER BY a.code, c.year DESC`,
    params(scope),
  );

export const agenciesInScope = (manager: EntityManager, scope: Scope) =>
  manager.query<{ id: string; code: string; name: string }[]>(
    `SELECT id, code, name FROM agencies WHERE ($1::uuid[] IS NULL OR id = ANY($1)) ORDER BY code`,
    [scope.agencyIds],
  );

// Returns, denials and the visa turnaround (days from the head's approval to SERNAM's decision)
// in one pass without sorting: a decision always answers the approval just before it, so the
// total wait is Σ decision times − Σ times of the approvals decided (every approval but a last
// one still awaiting SERNAM).
export const eventTotals = async (
  manager: EntityManager,
  scope: Scope,
  which: { openOnly: boolean; cycleIds: string[] | null },
): Promise<EventTotals[]> => {
  const rows = await manager.query<RawEventTotals[]>(
    `SELECT e.cycle_id AS "cycleId",
            count(*) FILTER (WHERE e.type = 'RETURN')::int AS returns,
            count(*) FILTER (WHERE e.type = 'DENY_VISA')::int AS denials,
            count(*) FILTER (WHERE e.type <> 'APPROVE' AND e.type <> 'RETURN')::int AS decisions,
            count(*) FILTER (WHERE e.type = 'APPROVE')::int AS approvals,
            sum(extract(epoch FROM e.at::timestamptz)) FILTER (WHERE e.type <> 'APPROVE' AND e.type <> 'RETURN')::float8
              AS "decidedAt",
            sum(extract(epoch FROM e.at::timestamptz)) FILTER (WHERE e.type = 'APPROVE')::float8 AS "approvedAt",
            max(extract(epoch FROM e.at::timestamptz)) FILTER (WHERE e.type = 'APPROVE')::float8 AS "lastApprovedAt"
       FROM cycle_events e JOIN cycles c ON c.id = e.cycle_id
      WHERE ($1::uuid[] IS NULL OR c.agency_id = ANY($1)) AND ($2::int IS NULL OR c.year = $2)
        AND (NOT $3::boolean OR c.status = 'open') AND ($4::uuid[] IS NULL OR c.id = ANY($4))
        AND e.type IN ('APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA')
      GROUP BY e.cycle_id`,
    [...params(scope), which.openOnly, which.cycleIds],
  );
  return rows.map((r) => {
    const awaitingVisa = r.approvals > r.decisions ? (r.lastApprovedAt ?? 0) : 0;
    const waited = r.decisions > 0 ? (r.decidedAt ?? 0) - ((r.approvedAt ?? 0) - awaitingVisa) : null;
    return {
      cycleId: r.cycleId,
      returns: r.returns,
      denials: r.denials,
      visaDecisions: r.decisions,
      visaDaysAverage: waited === null ? null : Math.round((waited / r.decisions / 86_400) * 10) / 10,
    };
  });
};

interface RawEventTotals {
  cycleId: string;
  returns: number;
  denials: number;
  decisions: number;
  approvals: number;
  decidedAt: number | null;
  approvedAt: number | null;
  lastApprovedAt: number | null;
}

export const commitmentTotals = (manager: EntityManager, scope: Scope, today: string) =>
  manager.query<CommitmentTotals[]>(
    `SELECT k.cycle_id AS "cycleId", count(*)::int AS total,
            count(*) FILTER (WHERE k.status = 'met')::int AS met,
            count(*) FILTER (WHERE k.status IN ('pending', 'in-progress') AND k.deadline < $3::date)::int AS overdue
       FROM commitments k JOIN cycles c ON c.id = k.cycle_id
      WHERE k.in_programme AND ($1::uuid[] IS NULL OR c.agency_id = ANY($1)) AND ($2::int IS NULL OR c.year = $2)
      GROUP BY k.cycle_id`,
    [...params(scope), today],
  );

// Each indicator's last measurement of each year (the year's value, or its latest semester,
// quarter or month).
export const latestMeasurements = (manager: EntityManager, scope: Scope) =>
  manager.query<LatestMeasurementRow[]>(
    `SELECT DISTINCT ON (m.indicator_id, left(m.period, 4))
            i.agency_id AS "agencyId", left(m.period, 4)::int AS year, i.unit, i.convention,
            i.parity_lower AS "parityLower", i.parity_upper AS "parityUpper", i.goal_on AS "goalOn",
            i.baseline, i.annual_goal AS "annualGoal", m.women, m.men
       FROM indicator_measurements m JOIN indicators i ON i.id = m.indicator_id
      WHERE ($1::uuid[] IS NULL OR i.agency_id = ANY($1)) AND ($2::int IS NULL OR left(m.period, 4) = $2::text)
      ORDER BY m.indicator_id, left(m.period, 4), m.period DESC`,
    params(scope),
  );

export interface DeadlineRow {
  /** NULL for the year's calendar; the cycle for its own date. */
  cycleId: string | null;
  year: number;
  gate: string;
  dueDate: string;
}

// The calendars of the years in scope and the cycles' own dates: a few dozen rows, merged per
// cycle in memory instead of materialising twelve rows per cycle in SQL.
export const deadlineRows = (manager: EntityManager, scope: Scope) =>
  manager.query<DeadlineRow[]>(
    `SELECT NULL::uuid AS "cycleId", year, gate, to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
       FROM deadline_calendar WHERE ($2::int IS NULL OR year = $2)
     UNION ALL
     SELECT d.cycle_id, c.year, d.gate, to_char(d.due_date, 'YYYY-MM-DD')
       FROM cycle_deadlines d JOIN cycles c ON c.id = d.cycle_id
      WHERE ($1::uuid[] IS NULL OR c.agency_id = ANY($1)) AND ($2::int IS NULL OR c.year = $2)`,
    params(scope),
  );
