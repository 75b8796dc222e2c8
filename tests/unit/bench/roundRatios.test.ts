import { describe, expect, it } from 'vitest';
import { roundRatios } from '../../../bench/core/roundRatios';

const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, index) => from + index * step);

describe('the typing ratio over interleaved rounds', () => {
  it('divides the pooled p95 of every round by the baseline pooled p95, not the mean of round ratios', () => {
    // Round one: condition 1..20 (p95 19), baseline 1..20. Round two: condition 101..120, baseline 1..20 doubled.
    const rounds = [
      { samples: range(1, 20), baseline: range(1, 20) },
      { samples: range(101, 20), baseline: range(2, 20, 2) },
    ];
    const { pooled, perRound } = roundRatios(rounds);
    // Pooled: condition p95 is the 38th of 40 sorted samples (118), baseline's 38th (36).
    expect(pooled).toBeCloseTo(118 / 36, 6);
    expect(perRound[0]).toBeCloseTo(19 / 19, 6);
    expect(perRound[1]).toBeCloseTo(119 / 38, 6);
  });

  it('gives a zero-width interval when every round is alike, and a wide one when rounds disagree', () => {
    const alike = Array.from({ length: 6 }, () => ({ samples: range(10, 20), baseline: range(5, 20) }));
    const steady = roundRatios(alike);
    expect(steady.interval[0]).toBeCloseTo(steady.pooled, 9);
    expect(steady.interval[1]).toBeCloseTo(steady.pooled, 9);
    // Each round slower than the last: whether the slowest is drawn decides the pooled p95.
    const mixed = Array.from({ length: 6 }, (_, round) => ({ samples: range(10 + 10 * round, 20), baseline: range(5, 20) }));
    const noisy = roundRatios(mixed);
    expect(noisy.interval[0]).toBeLessThan(noisy.pooled);
    expect(noisy.interval[1]).toBeGreaterThan(noisy.interval[0] + 0.3);
    expect(Math.min(...noisy.perRound)).toBeLessThan(noisy.pooled);
  });

  it('is the same for the same samples, and refuses an empty comparison', () => {
    const rounds = range(0, 5).map((round) => ({ samples: range(round + 3, 30), baseline: range(2, 30) }));
    expect(roundRatios(rounds)).toEqual(roundRatios(rounds));
    expect(() => roundRatios([])).toThrow(RangeError);
  });
});
