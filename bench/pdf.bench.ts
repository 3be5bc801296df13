// Record PDFs: how long each takes, warm, with large realistic content; how many one-page
// records one process renders per second; how long the records of a whole cycle take; what the
// PAdES signature adds to each (signing, and checking it as the verification page does).
//   npx ts-node --transpile-only bench/pdf.bench.ts      (BENCH_RUNS=n for more samples)
// Exits non-zero when a target is missed by more than 2x.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signPdf, verifyRecordSignature } from '../src/records/signing/record-signature';
import { readOrCreateSelfSignedP12 } from '../src/records/signing/self-signed-identity';
import { loadSigningIdentity, type SigningIdentity } from '../src/records/signing/signing-identity';
import { GATED_KINDS, RECORD_KINDS, type RecordData, type RecordKind } from '../templates/record-data';
import { renderRecord } from '../templates/render';
import { largeRecord } from '../templates/testing/large-records';
import { sampleRecord } from '../templates/testing/record-samples';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGETS = { msPer10Pages: 250, onePagePerSecond: 30, cycleMs: 3000 };
const TOLERANCE = 2;

function pageCount(pdf: Buffer): number {
  return Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? NaN);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

interface Row {
  kind: RecordKind;
  ms: number;
  pages: number;
  bytes: number;
}

async function measure(kind: RecordKind, data: RecordData): Promise<Row> {
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < RUNS; i++) {
    const [ms, result] = await timed(() => renderRecord(data));
    times.push(ms);
    pdf = result;
  }
  return { kind, ms: median(times), pages: pageCount(pdf), bytes: pdf.length };
}

// The records of one cycle of the example agency: every document, a year of activity
// records, two progress reports and the four V°B° certificates.
function cycleRecords(): RecordData[] {
  const documents = RECORD_KINDS.filter((kind) => kind !== 'visa-certificate').map((kind) => sampleRecord(kind));
  const activities = Array.from({ length: 12 }, (_, i) => sampleRecord('activity-record', { serial: i + 1 }));
  const progress = [1, 2].map((serial) => sampleRecord('progress-report', { serial }));
  const visas = [1, 2, 3, 4].map((serial) => sampleRecord('visa-certificate', { serial }));
  return [...documents, ...activities, ...progress, ...visas];
}

function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'record'.padEnd(24)}${'ms (median)'.padStart(12)}${'pages'.padStart(7)}${'bytes'.padStart(10)}${'ms/page'.padStart(9)}`,
  );
  for (const r of rows) {
    const perPage = (r.ms / r.pages).toFixed(1);
    console.log(
      `${r.kind.padEnd(24)}${r.ms.toFixed(1).padStart(12)}${String(r.pages).padStart(7)}${String(r.bytes).padStart(10)}${perPage.padStart(9)}`,
    );
  }
}

interface SignatureRow {
  label: string;
  renderMs: number;
  signMs: number;
  /** CPU time of the signature: on a busy shared machine, steadier than the wall clock. */
  signCpuMs: number;
  verifyMs: number;
  bytesAdded: number;
}

// The signature's cost on one PDF: medians of RUNS signatures and checks, beside its render time.
async function measureSignature(label: string, data: RecordData, identity: SigningIdentity): Promise<SignatureRow> {
  const render: number[] = [];
  const sign: number[] = [];
  const signCpu: number[] = [];
  const verify: number[] = [];
  let added = 0;
  for (let i = 0; i < RUNS; i++) {
    const [renderMs, pdf] = await timed(() => renderRecord(data));
    const cpu = process.cpuUsage();
    const [signMs, signed] = await timed(() => signPdf(pdf, new Date(), identity));
    const { user, system } = process.cpuUsage(cpu);
    signCpu.push((user + system) / 1000);
    const [verifyMs, check] = await timed(() => Promise.resolve(verifyRecordSignature(signed)));
    if (check.status !== 'valid') throw new Error(`the signature of ${label} does not verify: ${check.problem}`);
    render.push(renderMs);
    sign.push(signMs);
    verify.push(verifyMs);
    added = signed.length - pdf.length;
  }
  return {
    label,
    renderMs: median(render),
    signMs: median(sign),
    signCpuMs: median(signCpu),
    verifyMs: median(verify),
    bytesAdded: added,
  };
}

function printSignatures(identity: SigningIdentity, rows: SignatureRow[]): void {
  const key = `${identity.privateKey.asymmetricKeyType?.toUpperCase() ?? '?'} ${identity.privateKey.asymmetricKeyDetails?.modulusLength ?? ''}`;
  console.log(`\nPAdES signature (ETSI.CAdES.detached, ${key}, self-signed certificate)`);
  console.log(
    `${'record'.padEnd(30)}${'render ms'.padStart(11)}${'sign ms'.padStart(10)}${'sign cpu'.padStart(10)}${'sign %'.padStart(8)}${'verify ms'.padStart(11)}${'bytes'.padStart(8)}`,
  );
  for (const r of rows) {
    const share = ((r.signMs / r.renderMs) * 100).toFixed(0);
    console.log(
      `${r.label.padEnd(30)}${r.renderMs.toFixed(1).padStart(11)}${r.signMs.toFixed(1).padStart(10)}${r.signCpuMs.toFixed(1).padStart(10)}${share.padStart(8)}${r.verifyMs.toFixed(1).padStart(11)}${String(r.bytesAdded).padStart(8)}`,
    );
  }
}

function verdict(label: string, value: string, target: string, ok: boolean, failed: boolean): boolean {
  const mark = ok ? 'ok' : failed ? 'FAILED (missed by more than 2x)' : 'missed';
  console.log(`${label.padEnd(44)}${value.padStart(12)}   target ${target.padEnd(10)} ${mark}`);
  return failed;
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${RUNS} runs per record, medians; ${RECORD_KINDS.length} record kinds`);
  for (let i = 0; i < 3; i++) for (const kind of RECORD_KINDS) await renderRecord(sampleRecord(kind));

  const examples: Row[] = [];
  for (const kind of RECORD_KINDS) examples.push(await measure(kind, sampleRecord(kind)));
  print('Example cycle (test/fixtures/cycle)', examples);

  const large: Row[] = [];
  for (const kind of RECORD_KINDS) large.push(await measure(kind, largeRecord(kind)));
  print('Large content (30 products, 200 activities, 80 measures...)', large);

  // A V°B° certificate without a comment: one page (with one, its chain of three steps and the
  // observations take it to two).
  const onePage = sampleRecord('visa-certificate');
  onePage.document.content = { ...onePage.document.content, comment: undefined };
  const onePagePdf = await renderRecord(onePage);
  if (pageCount(onePagePdf) !== 1) throw new Error('the one-page sample is not one page long');
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    await renderRecord(onePage);
    count++;
  }
  const perSecond = count / ((performance.now() - started) / 1000);

  const cycle = cycleRecords();
  const cycleTimes: number[] = [];
  let cyclePages = 0;
  for (let i = 0; i < 3; i++) {
    let pages = 0;
    const [ms] = await timed(async () => {
      for (const data of cycle) pages += pageCount(await renderRecord(data));
    });
    cycleTimes.push(ms);
    cyclePages = pages;
  }
  const cycleMs = median(cycleTimes);

  const signingDir = mkdtempSync(join(tmpdir(), 'enfoque-bench-firma-'));
  const stored = readOrCreateSelfSignedP12(signingDir);
  const identity = loadSigningIdentity(stored.p12, stored.passphrase, { label: 'bench', generated: true });
  const signatures = [
    await measureSignature('one page (visa-certificate)', sampleRecord('visa-certificate'), identity),
    await measureSignature('example diagnostic', sampleRecord('diagnostic'), identity),
    await measureSignature('large work programme', largeRecord('work-programme'), identity),
  ];
  rmSync(signingDir, { recursive: true, force: true });
  printSignatures(identity, signatures);
  let signedCount = 0;
  const signedStarted = performance.now();
  while (performance.now() - signedStarted < 3000) {
    await signPdf(await renderRecord(onePage), new Date(), identity);
    signedCount++;
  }
  const signedPerSecond = signedCount / ((performance.now() - signedStarted) / 1000);
  console.log(
    `one-page records per second, rendered and signed: ${signedPerSecond.toFixed(1)}/s (rendered only: ${perSecond.toFixed(1)}/s)`,
  );

  const long = large.filter((r) => r.pages >= 5);
  const worst = long.reduce((a, b) => (a.ms / a.pages > b.ms / b.pages ? a : b));
  const per10 = (worst.ms / worst.pages) * 10;
  const gated = cycle.filter((d) => GATED_KINDS.has(d.record.kind)).length;

  console.log('\nTargets');
  const failures = [
    verdict(
      `10-page record, warm (worst: ${worst.kind}, ${worst.pages} p.)`,
      `${per10.toFixed(0)} ms`,
      `≤ ${TARGETS.msPer10Pages} ms`,
      per10 <= TARGETS.msPer10Pages,
      per10 > TARGETS.msPer10Pages * TOLERANCE,
    ),
    verdict(
      'one-page records per second, one process',
      `${perSecond.toFixed(1)}/s`,
      `≥ ${TARGETS.onePagePerSecond}/s`,
      perSecond >= TARGETS.onePagePerSecond,
      perSecond < TARGETS.onePagePerSecond / TOLERANCE,
    ),
    verdict(
      `whole cycle: ${cycle.length} records (${gated} gated), ${cyclePages} pages`,
      `${cycleMs.toFixed(0)} ms`,
      `≤ ${TARGETS.cycleMs} ms`,
      cycleMs <= TARGETS.cycleMs,
      cycleMs > TARGETS.cycleMs * TOLERANCE,
    ),
  ];
  if (failures.some(Boolean)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
