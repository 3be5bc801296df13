import { Role } from '../../../workflows/roles';

// Where a route's agency comes from: a route parameter naming the agency itself or a resource
// of one agency (resolved through the AgencyScopeRegistry), or no agency at all. 'anyAgency':
// the caller holds one of the roles in some agency (the administration holds 'admin'); the
// service narrows the answer to those agencies.
export type PolicyScope =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'anyAgency' }
  | { kind: 'admin' }
  | { kind: 'agency'; param: string };

export interface RoutePolicy {
  scope: PolicyScope;
  /** Roles in the route's agency that may call it; admin is listed explicitly where allowed. */
  roles: readonly Role[];
}

const OFFICER_SIDE: readonly Role[] = ['gender_officer', 'centre_lead', 'agency_head', 'quality_team'];
const READERS: readonly Role[] = [...OFFICER_SIDE, 'sernam_expert', 'auditor', 'admin'];
// Who may act on a cycle at all; which event each may send is the machine's decision.
const ACTORS: readonly Role[] = [...OFFICER_SIDE, 'sernam_expert'];
const CYCLE = { kind: 'agency', param: 'cycleId' } as const;

// The one table of who may call what. Every route names its entry with @UsePolicy; a route
// without one is refused (and a test lists every route and fails if one is missing).
export const ROUTE_POLICIES = {
  'health.read': { scope: { kind: 'public' }, roles: [] },
  'auth.login': { scope: { kind: 'public' }, roles: [] },
  // Opening a browser session is public; closing one is too (an expired one still clears its cookie).
  'auth.session': { scope: { kind: 'public' }, roles: [] },
  'me.read': { scope: { kind: 'authenticated' }, roles: [] },
  'me.password': { scope: { kind: 'authenticated' }, roles: [] },

  'agencies.create': { scope: { kind: 'admin' }, roles: ['admin'] },
  'agencies.list': { scope: { kind: 'authenticated' }, roles: [] },
  'agencies.read': { scope: { kind: 'agency', param: 'agencyId' }, roles: READERS },

  'users.create': { scope: { kind: 'admin' }, roles: ['admin'] },
  'users.list': { scope: { kind: 'admin' }, roles: ['admin'] },
  'users.update': { scope: { kind: 'admin' }, roles: ['admin'] },

  'members.list': { scope: { kind: 'agency', param: 'agencyId' }, roles: READERS },
  'members.add': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['admin'] },
  'members.remove': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['admin'] },
  'experts.list': { scope: { kind: 'agency', param: 'agencyId' }, roles: READERS },
  'experts.assign': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['admin'] },
  'experts.unassign': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['admin'] },

  'cycles.create': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['gender_officer', 'admin'] },
  'cycles.list': { scope: { kind: 'agency', param: 'agencyId' }, roles: READERS },
  'cycles.read': { scope: CYCLE, roles: READERS },
  'cycles.event': { scope: CYCLE, roles: ACTORS },
  'documents.read': { scope: CYCLE, roles: READERS },
  'documents.write': { scope: CYCLE, roles: OFFICER_SIDE },
  // "Revisar": a POST (it carries what is typed) that writes nothing; whoever may read the document.
  'documents.check': { scope: CYCLE, roles: READERS },
  'registers.read': { scope: CYCLE, roles: READERS },
  'registers.write': { scope: CYCLE, roles: ['gender_officer', 'centre_lead'] },
  'history.read': { scope: CYCLE, roles: READERS },
  // Observations on items of a document: read as the history; answered by its drafters.
  'observations.read': { scope: CYCLE, roles: READERS },
  'observations.answer': {
    scope: { kind: 'agency', param: 'observationId' },
    roles: ['gender_officer', 'centre_lead'],
  },
  'inbox.read': { scope: { kind: 'authenticated' }, roles: [] },
  // The shape of each kind of document (no agency's data): anyone signed in.
  'documentKinds.read': { scope: { kind: 'authenticated' }, roles: [] },

  'records.read': { scope: CYCLE, roles: READERS },
  'records.download': { scope: { kind: 'agency', param: 'recordId' }, roles: READERS },
  'records.dossier': { scope: CYCLE, roles: READERS },
  'records.verify': { scope: { kind: 'public' }, roles: [] },
  'evidence.upload': { scope: CYCLE, roles: ['gender_officer', 'centre_lead'] },
  'evidence.read': { scope: CYCLE, roles: READERS },
  'evidence.download': { scope: { kind: 'agency', param: 'evidenceId' }, roles: READERS },

  // Indicators, follow-up commitments, deadlines, notifications and the overview (issue 5).
  'indicators.create': { scope: { kind: 'agency', param: 'agencyId' }, roles: ['gender_officer', 'centre_lead'] },
  'indicators.list': { scope: { kind: 'agency', param: 'agencyId' }, roles: READERS },
  'indicators.read': { scope: { kind: 'agency', param: 'indicatorId' }, roles: READERS },
  'measurements.create': { scope: { kind: 'agency', param: 'indicatorId' }, roles: ['gender_officer', 'centre_lead'] },
  'indicators.prefill': { scope: CYCLE, roles: READERS },
  'commitments.list': { scope: CYCLE, roles: READERS },
  'commitments.update': {
    scope: { kind: 'agency', param: 'commitmentId' },
    roles: ['gender_officer', 'centre_lead', 'agency_head'],
  },
  'commitments.history': { scope: { kind: 'agency', param: 'commitmentId' }, roles: READERS },
  'calendar.read': { scope: { kind: 'authenticated' }, roles: [] },
  'calendar.write': { scope: { kind: 'admin' }, roles: ['admin'] },
  'deadlines.read': { scope: CYCLE, roles: READERS },
  'deadlines.write': { scope: CYCLE, roles: ['admin'] },
  'notifications.list': { scope: { kind: 'authenticated' }, roles: [] },
  'notifications.mark': { scope: { kind: 'authenticated' }, roles: [] },
  // Experts, auditors and the administration; the service narrows to their agencies.
  'overview.read': { scope: { kind: 'anyAgency' }, roles: ['sernam_expert', 'auditor', 'admin'] },
  'overview.export': { scope: { kind: 'anyAgency' }, roles: ['sernam_expert', 'auditor', 'admin'] },
} as const satisfies Record<string, RoutePolicy>;

export type PolicyName = keyof typeof ROUTE_POLICIES;
export { OFFICER_SIDE, READERS };
