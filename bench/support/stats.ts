export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarise(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const stat = (require('node:fs') as typeof import('node:fs')).readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
}

/** Peak resident memory of a process (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const status = (require('node:fs') as typeof import('node:fs')).readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Resets a process's peak resident memory to its current RSS (Linux: clear_refs 5), so that the next reading of VmHWM is the peak of what follows. */
export function resetPeakRss(pid: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:fs') as typeof import('node:fs')).writeFileSync(`/proc/${pid}/clear_refs`, '5');
}
