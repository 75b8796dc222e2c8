import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../support/cli';
import { tempDir } from '../../../support/tempDir';

/** Runs `quotes <args>` through the command line (bundled once for this file) in a child process. */
const quotes = (...args: string[]) => runCli(['quotes', ...args]);

describe('npm run cli -- quotes', () => {
  it('prints every quote of a newsroom text file as JSON with speaker, kind, title and cue', async () => {
    const { code, stdout } = await quotes(resolve('tests/fixtures/attribution/city-hall-budget.txt'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { quotes: Record<string, unknown>[]; findings: { code: string }[] };
    expect(result.quotes[0]).toEqual({ paragraph: 2, text: 'We are spending money we have not collected yet,', speaker: 'Devin Marsh', speakerKind: 'named', title: 'Councillor', cue: 'Marsh said' });
    expect(result.quotes).toHaveLength(6);
    expect(result.findings.map((finding) => finding.code)).toEqual(['anonymous-without-reason']);
  });

  it('reads Markdown with a leading headline and prints a table', async () => {
    const dir = await tempDir();
    const file = join(dir, 'story.md');
    await writeFile(file, '# Pier to close\n\n“We have no money left,” said Ruth Okafor, the harbour master.\n');
    const { code, stdout } = await quotes(file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Ruth Okafor\s+named/);
    expect(stdout).toContain('1 quote(s)');
  });

  it('names the file and exits 1 when it cannot be read', async () => {
    const dir = await tempDir();
    const file = join(dir, 'broken.article.json');
    await writeFile(file, '{"schemaVersion": 2');
    const failure = await quotes(file);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(`cannot read ${file}`);
  });
});
