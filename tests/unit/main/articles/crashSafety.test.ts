import { describe, expect, it } from 'vitest';
import { runCrashRounds } from '../../../support/crashRounds';
import { tempDir } from '../../../support/tempDir';

/** The 200 kills in `npm test`; `npm run soak` makes 1,000 through the same code. */
const kills = 200;

describe('saving through the whole API under sudden death', () => {
  it(`keeps the article whole and never older than the last ok save, every revision and recovery file whole, and no stray temp files, after ${kills} SIGKILLs`, async () => {
    const counts = await runCrashRounds(await tempDir(), kills);
    console.log(`crash test: ${counts.kills} kills, ${counts.saves} saves returned ok, ${counts.revisions} revisions, ${counts.damaged} damaged files, ${counts.lost} lost saves, ${counts.strayTemps} stray temp files`);
    expect(counts.problems).toEqual([]);
    expect(counts.kills).toBe(kills);
    expect(counts.saves).toBeGreaterThanOrEqual(kills);
    expect(counts.revisions).toBeGreaterThan(0);
  }, 540_000);
});
