import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RevisionSummary } from '../../shared/ipc';
import { appendShared, writeFileDurably } from './durableWrite';

/** The index sits beside the snapshots; its name never matches a revision id. */
const indexName = 'index.jsonl';

const rowSchema = z.object({
  revisionId: z.string().max(200),
  at: z.string().max(64),
  reason: z.string().max(32),
  headline: z.string().max(2_000),
  words: z.number().int().min(0),
  damage: z.string().max(2_000).nullable(),
});

/**
 * Reads the revision index of one article: one JSON summary per line. Lines that do not parse
 * (a torn append, a damaged disk block) are skipped; their snapshots are read again from their files.
 */
export async function readRevisionIndex(historyDir: string): Promise<RevisionSummary[]> {
  let text: string;
  try {
    text = await readFile(join(historyDir, indexName), 'utf8');
  } catch {
    return [];
  }
  const rows = new Map<string, RevisionSummary>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const row = rowSchema.parse(JSON.parse(line));
      rows.set(row.revisionId, row);
    } catch {
      // Skipped: the listing reads this snapshot from its own file.
    }
  }
  return [...rows.values()];
}

/**
 * Adds one summary to the index with a single appended, synced line, so two processes adding at
 * once never lose each other's rows. Each line starts with a newline: a torn earlier line stays alone.
 */
export async function appendToRevisionIndex(historyDir: string, row: RevisionSummary): Promise<void> {
  await appendShared(join(historyDir, indexName), `\n${JSON.stringify(row)}\n`);
}

/** Replaces the whole index (after a listing found snapshots it did not know), durably. */
export async function rewriteRevisionIndex(historyDir: string, rows: readonly RevisionSummary[]): Promise<void> {
  await writeFileDurably(join(historyDir, indexName), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}
