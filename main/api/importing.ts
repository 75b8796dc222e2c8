import { basename } from 'node:path';
import type { ImportOutcome } from '../../shared/ipc';
import type { ImportReport } from '../importers';
import type { ImportThread } from '../importers/importThread';
import { readChecked } from '../importers/importToWorkspace';
import type { WorkspaceSession } from './workspaceSession';

function reportView(report: ImportReport) {
  return {
    format: report.format,
    fields: report.fields.map(({ field, value }) => ({ field, value })),
    paragraphs: report.paragraphs,
    dropped: report.dropped,
    warnings: report.warnings,
    quotes: report.quotes,
    proposedSources: report.proposedSources.map(({ name, title, level }) => ({ name, title, level })),
  };
}

/**
 * Imports one file's bytes into the workspace as a new article (under a free slug, with an
 * `import` revision). Parsing and analysis run in the import thread, never on the main
 * process's event loop. A refused file writes nothing and is reported with its reason.
 */
export async function importBytes(session: WorkspaceSession, importer: ImportThread, name: string, bytes: Uint8Array, now: string): Promise<ImportOutcome> {
  try {
    const { article, report } = await importer.run({ name, bytes }, now);
    const placed = await session.workspace.add(article);
    await session.revisions.snapshot(placed, 'import').catch(() => undefined);
    return { ok: true, fileName: name, id: placed.id, headline: placed.headline, report: reportView(report) };
  } catch (error) {
    return { ok: false, fileName: name, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Imports files chosen in a dialog, checking each size before reading it. */
export async function importPaths(session: WorkspaceSession, importer: ImportThread, paths: readonly string[], now: () => string, onProgress: (done: number, label: string) => void): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, path] of paths.entries()) {
    const name = basename(path);
    try {
      outcomes.push(await importBytes(session, importer, name, await readChecked(path, name), now()));
    } catch (error) {
      outcomes.push({ ok: false, fileName: name, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress(index + 1, name);
  }
  return outcomes;
}
