import type { AgentResult } from './agent';
import type { FaultLog } from './faults';
import type { CycleCheck, StoreCounts } from './verify';

export interface RunFacts {
  agencies: number;
  results: AgentResult[];
  checks: CycleCheck[];
  counts: StoreCounts;
  expectedRecords: number;
  overBound: number;
  hangMs: number;
  faults?: FaultLog;
  /** Processes that must still be the ones started at the beginning (the API) or running (workers). */
  apiAlive: boolean;
  workersAlive: number;
  workers: number;
}

// Every invariant the run promises, each broken one as a sentence; none means the run passed.
export function brokenInvariants(f: RunFacts): string[] {
  const broken: string[] = [];
  const closed = f.results.filter((r) => r.closed).length;
  if (closed !== f.agencies) broken.push(`ciclos cerrados ${closed} de ${f.agencies}`);
  const errors = f.results.reduce((n, r) => n + r.errors.length, 0);
  if (errors > 0) broken.push(`${errors} errores irrecuperables`);
  if (f.overBound > 0) broken.push(`${f.overBound} solicitudes tardaron más de ${f.hangMs} ms`);
  if (f.counts.issued !== f.expectedRecords)
    broken.push(`registros emitidos ${f.counts.issued}, esperados ${f.expectedRecords}`);
  if (f.counts.records !== f.expectedRecords)
    broken.push(`registros creados ${f.counts.records}, esperados ${f.expectedRecords}`);
  if (f.counts.files !== f.counts.issued)
    broken.push(`${f.counts.files} archivos PDF para ${f.counts.issued} registros emitidos`);
  if (f.counts.badFiles > 0) broken.push(`${f.counts.badFiles} registros cuyo PDF no calza con su sha256`);
  if (f.counts.pending > 0) broken.push(`${f.counts.pending} registros quedaron pendientes`);
  if (f.counts.outboxPending > 0) broken.push(`${f.counts.outboxPending} mensajes quedaron en la bandeja de salida`);
  if (f.counts.unsyncedProgrammes > 0)
    broken.push(
      `${f.counts.unsyncedProgrammes} programas de seguimiento vigentes no llegaron al seguimiento de compromisos`,
    );
  const badChains = f.checks.filter((c) => !c.chainValid).length;
  if (badChains > 0) broken.push(`${badChains} cadenas de auditoría no verifican`);
  for (const c of f.checks.filter((c) => c.recordProblems.length > 0).slice(0, 5))
    broken.push(`servicio ${c.agencyIndex + 1}: ${c.recordProblems.join('; ')}`);
  if (!f.apiAlive) broken.push('la API no siguió en pie (se reinició o cayó)');
  if (f.workersAlive !== f.workers) broken.push(`${f.workersAlive} procesos de trabajo vivos de ${f.workers}`);
  for (const o of f.faults?.outages ?? []) {
    if (o.name === 'worker') continue;
    if (o.healthDownAt === undefined) broken.push(`la salud no informó la caída de ${o.name}`);
    if (o.healthUpAt === undefined) broken.push(`la salud no volvió a 200 tras ${o.name}`);
  }
  return broken;
}
