import { describe, expect, it } from 'vitest';
import { splitProfile, type CpuProfile } from '../../../bench/core/profileSplit';

/** root → analyse → build → tag, and analyse → sieve; plus the VM's own frames. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)' }, children: [2, 6, 7, 8] },
    { id: 2, callFrame: { functionName: 'analyse' }, children: [3, 5] },
    { id: 3, callFrame: { functionName: 'build' }, children: [4] },
    { id: 4, callFrame: { functionName: 'tag' } },
    { id: 5, callFrame: { functionName: 'sieve' } },
    { id: 6, callFrame: { functionName: '(garbage collector)' } },
    { id: 7, callFrame: { functionName: '(idle)' } },
    { id: 8, callFrame: { functionName: 'harness' } },
  ],
  // Time deltas in microseconds: tag 3 ms, build 2 ms, sieve 4 ms, analyse itself 1 ms, GC 5 ms, idle 9 ms, harness 6 ms.
  samples: [4, 4, 3, 5, 5, 2, 6, 7, 8],
  timeDeltas: [1000, 2000, 2000, 1000, 3000, 1000, 5000, 9000, 6000],
};

describe('splitProfile', () => {
  it('gives each sample to the first listed step on its stack, so a nested step is not counted in the one around it', () => {
    const split = splitProfile(profile, [
      { label: 'tagging', functionName: 'tag' },
      { label: 'building', functionName: 'build' },
      { label: 'sieve', functionName: 'sieve' },
      { label: 'the rest of the analysis', functionName: 'analyse' },
    ]);
    expect(split.steps).toEqual([
      { label: 'tagging', ms: 3 },
      { label: 'building', ms: 2 },
      { label: 'sieve', ms: 4 },
      { label: 'the rest of the analysis', ms: 1 },
    ]);
    expect(split.garbageCollectionMs).toBe(5);
    expect(split.otherMs).toBe(6);
  });

  it('counts a nested step inside the outer one when the outer one is listed first', () => {
    const split = splitProfile(profile, [
      { label: 'building', functionName: 'build' },
      { label: 'tagging', functionName: 'tag' },
    ]);
    expect(split.steps).toEqual([
      { label: 'building', ms: 5 },
      { label: 'tagging', ms: 0 },
    ]);
    expect(split.otherMs).toBe(11);
  });
});
