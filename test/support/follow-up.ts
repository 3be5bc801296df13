import { readFixture } from '../fixtures/cycle';
import { AgencyTeam, CycleDriver } from './cycle-driver';
import type TestAgent from 'supertest/lib/agent';

type Programme = { commitments: Record<string, unknown>[] };

/** The example follow-up programme with other deadlines, by commitment id. */
export function programmeWithDeadlines(deadlines: Record<string, string>): Programme {
  const programme = readFixture('follow-up-programme') as Programme;
  return {
    commitments: programme.commitments.map((c) => ({ ...c, deadline: deadlines[c.id as string] ?? c.deadline })),
  };
}

// Drives a new cycle over HTTP through the gates of definitions, diagnostic and planning, with
// the example documents: it is then in implementation.
export async function driveToImplementation(http: TestAgent, team: AgencyTeam, year: number): Promise<CycleDriver> {
  const cycle = await CycleDriver.create(http, team, year);
  await cycle.save(team.officer, 'strategic-definitions');
  await cycle.passGate(team);
  await cycle.save(team.officer, 'diagnostic');
  await cycle.passGate(team);
  await cycle.save(team.officer, 'plan');
  await cycle.save(team.officer, 'work-programme');
  await cycle.passGate(team);
  return cycle;
}

// Drives a cycle over HTTP through every gate up to follow-up, with the example documents and
// the given follow-up programme.
export async function driveToFollowUp(
  http: TestAgent,
  team: AgencyTeam,
  year: number,
  programme: Programme = readFixture('follow-up-programme') as Programme,
): Promise<CycleDriver> {
  const cycle = await driveToImplementation(http, team, year);
  await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
  await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
  await cycle.save(team.officer, 'evaluation');
  await cycle.save(team.officer, 'follow-up-programme', programme);
  const state = (await cycle.passGate(team)).state;
  if (state !== 'followUp.inProgress') throw new Error(`esperaba followUp.inProgress, llegó ${state}`);
  return cycle;
}
