import type { Result } from './results';

/** How one measurement grows between two sizes. */
export interface ScalingStep {
  series: string;
  from: number;
  to: number;
  /** Growth exponent k in time ∝ sizeᵏ between the two sizes (1 = linear). */
  exponent: number;
  isWorseThanLinear: boolean;
}

/** Rows named `<series>, <size> words|articles`: the series and the size. */
function parse(name: string): { series: string; size: number } | null {
  const match = /^(.*), ([\d,]+) (words|articles)(?: \(main\))?$/.exec(name);
  if (!match) return null;
  return { series: `${match[1] ?? ''} (per ${match[3] === 'words' ? 'word count' : 'article count'})`, size: Number((match[2] ?? '').replace(/,/g, '')) };
}

/**
 * Growth between consecutive sizes of every sized series, from the medians. An exponent above
 * 1.2 (and a step worth more than 5 ms, so noise on tiny figures is not flagged) is worse than linear.
 */
export function scaling(results: readonly Result[]): ScalingStep[] {
  const bySeries = new Map<string, { size: number; median: number }[]>();
  for (const row of results) {
    const parsed = parse(row.name);
    if (!parsed) continue;
    const list = bySeries.get(parsed.series) ?? [];
    list.push({ size: parsed.size, median: row.median });
    bySeries.set(parsed.series, list);
  }
  const steps: ScalingStep[] = [];
  for (const [series, points] of bySeries) {
    points.sort((a, b) => a.size - b.size);
    for (let index = 1; index < points.length; index += 1) {
      const a = points[index - 1] as { size: number; median: number };
      const b = points[index] as { size: number; median: number };
      const exponent = Math.log(b.median / a.median) / Math.log(b.size / a.size);
      steps.push({ series, from: a.size, to: b.size, exponent, isWorseThanLinear: exponent > 1.2 && b.median > 5 });
    }
  }
  return steps;
}

/** The scaling steps as text lines, worse-than-linear ones flagged. */
export function formatScaling(steps: readonly ScalingStep[]): string {
  return steps
    .map((step) => `${step.isWorseThanLinear ? 'WORSE THAN LINEAR ' : ''}${step.series}: ${step.from.toLocaleString('en')} → ${step.to.toLocaleString('en')}: time ∝ size^${step.exponent.toFixed(2)}`)
    .join('\n');
}
