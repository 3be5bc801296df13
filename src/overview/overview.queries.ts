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
  visaDaysMax: number | null;
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

// Returns, denials and the visa turnaround: the days from the head's approval to SERNAM's
// decision, for each decision that followed an approval.
export const eventTotals = (manager: EntityManager, scope: Scope) =>
  manager.query<EventTotals[]>(
    `WITH gate AS (
       SELECT e.cycle_id, e.type, e.at::timestamptz AS at,
              lag(e.type) OVER w AS prev_type, lag(e.at::timestamptz) OVER w AS prev_at
         FROM cycle_events e JOIN cycles c ON c.id = e.cycle_id
        WHERE ($1::uuid[] IS NULL OR c.agency_id = ANY($1)) AND ($2::int IS NULL OR c.year = $2)
          AND e.type IN ('APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA')
       WINDOW w AS (PARTITION BY e.cycle_id ORDER BY e.seq))
     SELECT cycle_id AS "cycleId",
            count(*) FILTER (WHERE type = 'RETURN')::int AS returns,
            count(*) FILTER (WHERE type = 'DENY_VISA')::int AS denials,
            count(*) FILTER (WHERE decided)::int AS "visaDecisions",
            round((avg(extract(epoch FROM at - prev_at)) FILTER (WHERE decided) / 86400)::numeric, 1)::float8
              AS "visaDaysAverage",
            round((max(extract(epoch FROM at - prev_at)) FILTER (WHERE decided) / 86400)::numeric, 1)::float8
              AS "visaDaysMax"
       FROM (SELECT *, type IN ('GRANT_VISA', 'DENY_VISA') AND prev_type = 'APPROVE' AS decided FROM gate) g
      GROUP BY cycle_id`,
    params(scope),
  );

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
