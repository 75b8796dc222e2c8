/**
 * The typing comparison's statistics, chosen before any run was read: the decision is the pooled
 * p95 (every round's keys together) of a condition over the baseline's pooled p95; beside it the
 * per-round ratios and a bootstrap interval over rounds say how much of that figure is noise.
 */
import { summarise } from './stats';

/** One round's samples of a condition and of the baseline, typed in the same round. */
export interface RoundPair {
  samples: readonly number[];
  baseline: readonly number[];
}

/** The pooled ratio, each round's own ratio, and a 90 % bootstrap interval of the pooled ratio. */
export interface RoundRatios {
  pooled: number;
  perRound: number[];
  /** 5th and 95th percentile of the pooled ratio over `resamples` draws of whole rounds with replacement. */
  interval: [number, number];
}

const p95 = (samples: readonly number[]) => summarise(samples).p95;

/** A small seeded generator (LCG), so the interval is the same for the same samples. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/**
 * Pooled p95 ratio of `rounds` with its per-round ratios and bootstrap interval: rounds are
 * resampled whole, so load that changes between rounds widens the interval as it should.
 */
export function roundRatios(rounds: readonly RoundPair[], resamples = 2_000, seed = 1): RoundRatios {
  if (rounds.length === 0) throw new RangeError('roundRatios: no rounds');
  const pooledRatio = (chosen: readonly RoundPair[]) => p95(chosen.flatMap((round) => round.samples)) / p95(chosen.flatMap((round) => round.baseline));
  const random = generator(seed);
  const draws: number[] = [];
  for (let draw = 0; draw < resamples; draw += 1) {
    draws.push(pooledRatio(rounds.map(() => rounds[Math.floor(random() * rounds.length)] as RoundPair)));
  }
  draws.sort((a, b) => a - b);
  const at = (q: number) => draws[Math.min(draws.length - 1, Math.floor(q * draws.length))] as number;
  return { pooled: pooledRatio(rounds), perRound: rounds.map((round) => p95(round.samples) / p95(round.baseline)), interval: [at(0.05), at(0.95)] };
}
