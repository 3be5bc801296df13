import type { AgentResult } from './agent';
import type { LoadConfig } from './config';
import type { FaultLog } from './faults';
import type { Sample } from './http';
import { latencies, type LatencySummary, ms, seconds, windowOf } from './metrics';
import type { CycleCheck, StoreCounts } from './verify';

const line = (label: string, value: string) => console.log(`  ${label.padEnd(40)} ${value}`);
const lat = (s: LatencySummary) =>
  `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · máx ${ms(s.max)} (${s.count})`;

export interface Report {
  config: LoadConfig;
  setupMs: number;
  loginMs: number[];
  loadMs: number;
  samples: Sample[];
  results: AgentResult[];
  drainMs: number;
  counts: StoreCounts;
  expectedRecords: number;
  checks: CycleCheck[];
  peaks: { label: string; mib: number; cpuS: number; alive: boolean }[];
  healthMaxMs: number;
  faults?: FaultLog;
  /** Jobs of the records queue by state at the end. */
  queue: Record<string, number>;
  /** Pending records the API handed to the queue again (lost, failed, or behind a backlog). */
  requeued: number;
  /** 1-minute load average of the machine when the cycles started and when they ended. */
  loadAverage: [number, number];
  /** Records issued during each outage, in the order of faults.outages. */
  issuedDuring: number[];
}

export function printReport(r: Report): void {
  const events = r.samples.filter((s) => s.route === 'POST /cycles/:id/events' && s.status === 200);
  const answered = r.samples.filter((s) => s.status >= 200 && s.status < 300);
  const closed = r.results.filter((x) => x.closed).length;
  const transitions = r.results.reduce((n, x) => n + x.transitions, 0);
  const errors = r.results.flatMap((x) => x.errors);

  console.log(`\nResultados (${r.config.faults ? 'con fallas' : 'sin fallas'})`);
  line(
    'carga de la máquina (1 min)',
    `${r.loadAverage[0].toFixed(1)} al empezar, ${r.loadAverage[1].toFixed(1)} al terminar (2 núcleos)`,
  );
  line('preparación (servicios, personas, roles)', seconds(r.setupMs));
  if (r.loginMs.length > 0)
    line(
      `inicios de sesión por HTTP (${r.loginMs.length})`,
      lat(latencies(r.loginMs.map((m) => ({ at: 0, ms: m, route: '', status: 200 })))),
    );
  line('ciclos completados', `${closed} de ${r.config.agencies} en ${seconds(r.loadMs)}`);
  line('transiciones', `${transitions} · ${(transitions / (r.loadMs / 1000)).toFixed(1)}/s`);
  line('solicitudes', `${r.samples.length} · ${(r.samples.length / (r.loadMs / 1000)).toFixed(1)}/s`);
  line('latencia de transiciones (200)', lat(latencies(events)));
  line('latencia de toda respuesta 2xx', lat(latencies(answered)));
  line('latencia de toda solicitud', lat(latencies(r.samples)));
  line(`solicitudes sobre ${r.config.hangMs / 1000} s`, String(r.samples.filter((s) => s.ms > r.config.hangMs).length));
  line('salud: respuesta más lenta', ms(r.healthMaxMs));
  line('reintentos (503 o sin respuesta)', String(r.results.reduce((n, x) => n + x.retries, 0)));
  line('conflictos releídos (409)', String(r.results.reduce((n, x) => n + x.conflicts, 0)));
  line('errores', String(errors.length));
  for (const e of errors.slice(0, 10)) console.log(`    ${e}`);
  line(
    'registros emitidos / esperados',
    `${r.counts.issued} / ${r.expectedRecords} (archivos ${r.counts.files}, pendientes ${r.counts.pending}, PDF que no calzan ${r.counts.badFiles})`,
  );
  line('emisión restante tras el último ciclo', seconds(r.drainMs));
  line('bandeja de salida sin despachar', String(r.counts.outboxPending));
  line('programas de seguimiento sin copiar', String(r.counts.unsyncedProgrammes));
  line(
    'cola de registros al final',
    Object.entries(r.queue)
      .map(([state, n]) => `${state} ${n}`)
      .join(' · '),
  );
  line('registros entregados de nuevo a la cola', String(r.requeued));
  const valid = r.checks.filter((c) => c.chainValid).length;
  const entries = r.checks.reduce((n, c) => n + c.chainEntries, 0);
  line('cadenas de auditoría válidas', `${valid} de ${r.checks.length} (${entries} entradas)`);
  line('RSS máximo (VmHWM)', r.peaks.map((p) => `${p.label} ${p.mib} MiB${p.alive ? '' : ' (terminado)'}`).join(' · '));
  line('CPU desde el inicio de los ciclos', r.peaks.map((p) => `${p.label} ${p.cpuS.toFixed(1)} s`).join(' · '));
  if (r.faults) printFaults(r);
}

function printFaults(r: Report): void {
  const faults = r.faults;
  if (!faults) return;
  console.log('\nCronología de fallas (segundos desde el inicio de la carga)');
  for (const { at, text } of faults.timeline) console.log(`  +${(at / 1000).toFixed(1).padStart(6)} s  ${text}`);
  console.log('\nLo observado en cada caída (solicitudes iniciadas entre la falla y 5 s después de la vuelta)');
  for (const [index, o] of faults.outages.entries()) {
    const next = faults.outages[index + 1]?.start ?? Infinity;
    const w = windowOf(r.samples, o.start, Math.min(o.restored + 5_000, next), r.config.hangMs);
    const answers = Object.entries(w.answered)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
    const health =
      o.name === 'worker'
        ? 'la salud de la API no depende de los procesos de trabajo'
        : `salud 503 a los ${o.healthDownAt === undefined ? '—' : seconds(o.healthDownAt - o.start)} nombrando ${o.healthDownNames?.join(', ') ?? '—'}, 200 a los ${o.healthUpAt === undefined ? '—' : seconds(o.healthUpAt - o.restored)} de la vuelta`;
    const firstAfter = r.samples.find(
      (s) => s.route === 'POST /cycles/:id/events' && s.status === 200 && s.at >= o.restored,
    );
    console.log(`  ${o.name}: caída ${seconds(o.restored - o.start)}; ${health}`);
    console.log(
      `    ${w.requests} solicitudes (${answers}); la más lenta ${ms(w.maxMs)}${w.max503Ms > 0 ? `, el 503 más lento ${ms(w.max503Ms)}` : ''}; sobre ${r.config.hangMs / 1000} s: ${w.overBound}`,
    );
    console.log(`    registros emitidos durante la caída: ${r.issuedDuring[index] ?? '—'}`);
    if (firstAfter)
      console.log(
        `    primera transición aceptada ${seconds(firstAfter.at + firstAfter.ms - o.restored)} después de la vuelta`,
      );
  }
}
