/**
 * Timing and summarising for the benchmarks: medians, the server's CPU time, and the table of figures beside their
 * baselines that `npm run bench` prints.
 */
import { readFileSync } from 'node:fs';

export async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc or no pid. */
export function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and
    // 13th, in clock ticks (100 a second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export interface Figure {
  /** What is measured, e.g. "import rows/s, real data set". */
  name: string;
  value: number;
  unit: string;
  /** The figure it is compared with, measured in the same run. */
  baseline: number | null;
  baselineName: string;
  /** The goal of issue 8 for value/baseline, e.g. ">= 0.8". */
  goal: string;
}

const formatted = (n: number | null, unit = '') => {
  if (n === null || !Number.isFinite(n)) return '-';
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  const shown = n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${shown}${unit ? ` ${unit}` : ''}`;
};

/** The figures as an aligned text table: figure, value, baseline, ratio, goal. */
export function figureTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'baseline (same run)', 'ratio', 'goal'],
    ...figures.map((f) => [
      f.name,
      formatted(f.value, f.unit),
      f.baseline === null ? '-' : `${formatted(f.baseline, f.unit)} ${f.baselineName}`,
      f.baseline ? formatted(f.value / f.baseline) : '-',
      f.goal,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 1 || i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
