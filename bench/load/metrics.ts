import type { Sample } from './http';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function latencies(samples: Sample[]): LatencySummary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** How the requests started inside a window of time were answered. */
export interface WindowSummary {
  requests: number;
  answered: Record<string, number>;
  maxMs: number;
  /** The slowest 503: how promptly the API said it was unavailable. */
  max503Ms: number;
  overBound: number;
}

export function windowOf(samples: Sample[], from: number, to: number, boundMs: number): WindowSummary {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  const answered: Record<string, number> = {};
  for (const s of inside) {
    const key = s.status === 0 ? (s.code ?? 'sin respuesta') : String(s.status);
    answered[key] = (answered[key] ?? 0) + 1;
  }
  return {
    requests: inside.length,
    answered,
    maxMs: inside.reduce((max, s) => Math.max(max, s.ms), 0),
    max503Ms: inside.filter((s) => s.status === 503).reduce((max, s) => Math.max(max, s.ms), 0),
    overBound: inside.filter((s) => s.ms > boundMs).length,
  };
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(1)} s`;
