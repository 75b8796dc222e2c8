import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/tempDir';
import { runTwoWriters } from '../../../support/twoWriters';

/** Saves per process here; `npm run soak` runs 500 each. */
const saves = 60;

describe('two Copydesk processes saving one article from the same base', () => {
  it(`lose no update in 2 × ${saves} saves: every ok save replaced its own base, every other save got a conflict`, async () => {
    const counts = await runTwoWriters(await tempDir(), saves);
    expect(counts.problems).toEqual([]);
    expect(counts.saves).toBe(2 * saves);
    expect(counts.lostUpdates).toBe(0);
    expect(counts.missing).toBe(0);
    expect(counts.otherFailures).toBe(0);
    // The writers really raced: some saves lost the race and were told so.
    expect(counts.conflicts).toBeGreaterThan(0);
    expect(counts.ok + counts.conflicts).toBe(2 * saves);
  }, 240_000);
});
