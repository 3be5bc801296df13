// npm run bench:hostile — four anonymous clients send 2 MB bodies of nested brackets to
// /api/auth/login for BENCH_SECONDS (default 30) while a fifth asks /api/health every 50 ms: what a
// stranger can do to everyone's latency without signing in. Also times the depth scan that
// guards every JSON body, on a legitimate 1 MB document.
import { Agent, request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { readFixture } from '../test/fixtures/cycle';
import { jsonNestingTooDeep } from '../src/common/http/json-depth';
import { scratchDatabase, startApi } from './support/server';
import { cpuMs, summarise } from './support/stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const HOSTILE_CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
// Just under the 2 MiB JSON limit: {"email": [[[[…]]]] }
const DEPTH = 1_048_000;
const HOSTILE_BYTES = DEPTH * 2 + 10;
const PROBE_MS = 50;

interface Answer {
  status: number | string;
  ms: number;
}

// One GET, timed from the probe's side.
function probe(agent: Agent, base: URL, path: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number | string) => resolve({ status, ms: performance.now() - started });
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'GET',
        path: `${base.pathname}${path}`,
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
    req.end();
  });
}

// Open loop: a probe every PROBE_MS whether or not the previous one answered, so that a server
// stalled for seconds shows as many slow answers, not as one (no coordinated omission).
async function probeEvery(until: number, agent: Agent, base: URL): Promise<Answer[]> {
  const pending: Promise<Answer>[] = [];
  while (performance.now() < until) {
    pending.push(probe(agent, base, '/health'));
    await new Promise((r) => setTimeout(r, PROBE_MS));
  }
  return Promise.all(pending);
}

// The attackers run on their own thread, so that pushing megabytes does not delay the health
// probe's own event loop: what is measured is the server.
function attack(base: URL, seconds: number): Promise<Answer[]> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { Agent, request } = require('node:http');
     const { url, seconds, clients, depth } = workerData;
     const base = new URL(url);
     const body = Buffer.from('{"email":' + '['.repeat(depth) + ']'.repeat(depth) + '}');
     const agent = new Agent({ keepAlive: true, maxSockets: clients });
     const until = performance.now() + seconds * 1000;
     const send = () => new Promise((resolve) => {
       const started = performance.now();
       const done = (status) => resolve({ status, ms: performance.now() - started });
       const req = request({ agent, host: base.hostname, port: base.port, method: 'POST', path: base.pathname + '/auth/login',
         headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
         res.resume();
         res.on('end', () => done(res.statusCode));
         res.on('error', (e) => done(e.code || 'error'));
       });
       req.on('error', (e) => done(e.code || 'error'));
       req.end(body);
     });
     const answers = [];
     const client = async () => { while (performance.now() < until) answers.push(await send()); };
     Promise.all(Array.from({ length: clients }, client)).then(() => { agent.destroy(); parentPort.postMessage(answers); });`,
    { eval: true, workerData: { url: base.toString(), seconds, clients: HOSTILE_CLIENTS, depth: DEPTH } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (answers: Answer[]) => resolve(answers));
    worker.once('error', reject);
  });
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

function countBy(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(String(a.status), (counts.get(String(a.status)) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status}×${n}`).join(', ');
}

// The scan's cost on an honest body: a diagnostic document grown to about 1 MB.
function scanCost(): void {
  const diagnostic = readFixture('diagnostic') as Record<string, unknown>;
  const copies: unknown[] = [];
  let document = Buffer.alloc(0);
  while (document.length < 1_000_000) {
    copies.push(diagnostic);
    document = Buffer.from(JSON.stringify({ content: { copies }, version: 0 }));
  }
  const time = (what: () => unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      what();
      runs.push(performance.now() - started);
    }
    return summarise(runs).p50;
  };
  const scan = time(() => jsonNestingTooDeep(document, 32));
  const parse = time(() => JSON.parse(document.toString('utf8')));
  console.log(
    `Documento legítimo de ${(document.length / 1e6).toFixed(2)} MB: recorrido de profundidad ${scan.toFixed(2)} ms, JSON.parse ${parse.toFixed(2)} ms (mediana de 50)`,
  );
}

async function main(): Promise<void> {
  const database = await scratchDatabase('bench_hostile');
  const { api, base } = await startApi(database.url);
  const url = new URL(base);
  const healthAgent = new Agent({ keepAlive: true });
  try {
    console.log(
      `\n${HOSTILE_CLIENTS} clientes sin sesión envían ${(HOSTILE_BYTES / 1048576).toFixed(2)} MiB de corchetes anidados a /api/auth/login durante ${SECONDS} s; un quinto mide /api/health\n`,
    );
    const quiet = await probeEvery(performance.now() + 5_000, healthAgent, url);
    const apiCpuBefore = cpuMs(api.child.pid ?? 0);
    const until = performance.now() + SECONDS * 1000;
    const [hostile, health] = await Promise.all([attack(url, SECONDS), probeEvery(until, healthAgent, url)]);
    const apiCpu = cpuMs(api.child.pid ?? 0) - apiCpuBefore;
    const row = (name: string, answers: Answer[]) => {
      const s = summarise(answers.map((a) => a.ms));
      const max = Math.max(...answers.map((a) => a.ms));
      console.log(
        `${name.padEnd(28)} ${String(s.count).padStart(6)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(max)}   ${countBy(answers)}`,
      );
    };
    console.log(
      `${''.padEnd(28)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'máx ms'.padStart(8)}   estados`,
    );
    row('/api/health en reposo', quiet);
    row('/api/health bajo ataque', health);
    row('POST /api/auth/login hostil', hostile);
    console.log(`\nCPU de la API durante el ataque: ${(apiCpu / SECONDS / 10).toFixed(0)} % de un núcleo`);
    scanCost();
  } finally {
    healthAgent.destroy();
    await api.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
