import { writeFile } from 'node:fs/promises';
import { summarise, type Summary } from './stats';

/** A target: the statistic it applies to and the largest value that passes. */
export interface Target {
  stat: 'median' | 'p95' | 'max';
  max: number;
}

/** One row of `bench/results.json`. `pass` is null for rows without a target. */
export interface Result extends Summary {
  name: string;
  unit: string;
  target: string | null;
  pass: boolean | null;
  /** Extra facts (sizes, counts, the other side of a comparison). */
  note?: string;
}

/** Builds a result row from samples; `targets` are all checked (e.g. p95 and max for typing). */
export function result(name: string, unit: string, samples: readonly number[], targets: Target[] = [], note?: string): Result {
  const summary = summarise(samples);
  const target = targets.length ? targets.map((t) => `${t.stat} ≤ ${t.max} ${unit}`).join(', ') : null;
  const pass = targets.length ? targets.every((t) => summary[t.stat] <= t.max) : null;
  return { name, unit, ...summary, target, pass, ...(note ? { note } : {}) };
}

/**
 * A ratio row (e.g. pandoc time ÷ Copydesk time) computed from medians measured in the same run.
 * `minimum`: true means the ratio must exceed 1; a number, that it must reach that number.
 */
export function ratio(name: string, numerator: Result, denominator: Result, minimum: boolean | number | null): Result {
  const value = numerator.median / denominator.median;
  const note = `${numerator.name} median ÷ ${denominator.name} median`;
  const target = minimum === true ? '> 1 (Copydesk faster)' : typeof minimum === 'number' ? `≥ ${minimum}×` : null;
  const pass = minimum === true ? value > 1 : typeof minimum === 'number' ? value >= minimum : null;
  return { name, unit: '×', median: value, p95: value, min: value, max: value, runs: 1, target, pass, note };
}

function cell(value: number): string {
  if (value >= 1000) return value.toFixed(0);
  if (value >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

/** The results as an aligned text table, one row per measurement. */
export function formatTable(results: readonly Result[]): string {
  const header = ['measurement', 'unit', 'median', 'p95', 'min', 'max', 'runs', 'target', 'pass'];
  const rows = results.map((r) => [r.name, r.unit, cell(r.median), cell(r.p95), cell(r.min), cell(r.max), String(r.runs), r.target ?? '', r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (row: string[]) => row.map((value, column) => (column >= 2 && column <= 6 ? value.padStart(widths[column] as number) : value.padEnd(widths[column] as number))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes the machine-readable results with the options and machine they were measured on. */
export async function writeResults(path: string, results: readonly Result[], context: Record<string, unknown>): Promise<void> {
  await writeFile(path, `${JSON.stringify({ ...context, results }, null, 2)}\n`);
}
