import { userInfo } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { AttributionResult } from '../../shared/attribution/types';
import { evidenceRequirements, type EvidenceRequirement } from '../../shared/standards/policy';
import { loadArticleAnalyser } from '../export/analyser';
import { exportArticles, type ExportProgress, type ExportSummary } from '../export/exportArticles';

const usage = 'usage: npm run --silent cli -- export <file.article.json ...> --out <dir> [--force] [--preview] [--jsonld] [--require-evidence none|anonymous|all]\n';

function display(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}

/** Progress on stderr: a redrawn bar on a terminal, one plain line per file otherwise. */
function progressReporter(stream: NodeJS.WriteStream): (progress: ExportProgress) => void {
  if (!stream.isTTY) {
    return (progress) => stream.write(`[${progress.done}/${progress.total}] ${progress.outcome}: ${display(progress.file)}\n`);
  }
  return (progress) => {
    const width = 24;
    const filled = Math.round((progress.done / progress.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${progress.done}/${progress.total} ${display(progress.file)}`.slice(0, (stream.columns || 80) - 1);
    stream.write(`\r\u001b[2K${line}${progress.done === progress.total ? '\n' : ''}`);
  };
}

/** The summary printed after a batch: counts, then every blocked or failed file with its reasons. */
export function formatExportSummary(summary: ExportSummary): string {
  const lines = [`exported ${summary.exported.length}, blocked ${summary.blocked.length}, failed ${summary.failed.length}`];
  for (const { file, output } of summary.exported) lines.push(`exported: ${display(file)} → ${display(output)}`);
  for (const { file, reasons } of summary.blocked) {
    lines.push(`blocked: ${display(file)}`, ...reasons.map((reason) => `  - ${reason}`));
  }
  for (const { file, reason } of summary.failed) lines.push(`failed: ${display(file)}: ${reason}`);
  return `${lines.join('\n')}\n`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

function noAnalysis(): AttributionResult {
  throw new RangeError('a preview export must not run the attribution analyser');
}

/** The command line of `export`, or a message saying what is wrong with it. */
interface ExportArgs {
  files: string[];
  out: string;
  force: boolean;
  preview: boolean;
  jsonLd: boolean;
  evidence: EvidenceRequirement;
}

function parseExportArgs(args: string[]): ExportArgs | string {
  try {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        preview: { type: 'boolean' },
        jsonld: { type: 'boolean' },
        'require-evidence': { type: 'string' },
      },
    });
    if (positionals.length === 0) return 'no article files given';
    if (!values.out) return 'no output folder given (--out <dir>)';
    const evidence = values['require-evidence'] ?? 'none';
    if (!(evidenceRequirements as readonly string[]).includes(evidence)) return `--require-evidence must be one of ${evidenceRequirements.join(', ')}, not "${evidence}"`;
    return { files: positionals, out: values.out, force: values.force === true, preview: values.preview === true, jsonLd: values.jsonld === true, evidence: evidence as EvidenceRequirement };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `export <files…> --out <dir> [--force] [--preview] [--jsonld] [--require-evidence …]`: exports
 * articles to HTML (and JSON-LD beside it with `--jsonld`) and prints a summary. Exits 1 when any
 * file was blocked by the checklist or failed, 2 on a usage error.
 */
export async function runExport(args: string[]): Promise<number> {
  const parsed = parseExportArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`copydesk export: ${parsed}\n${usage}`);
    return 2;
  }
  const summary = await exportArticles(parsed.files, parsed.out, {
    force: parsed.force,
    preview: parsed.preview,
    analyse: parsed.preview ? noAnalysis : await loadArticleAnalyser(),
    confirmedBy: `${currentUser()} (cli --force)`,
    onProgress: progressReporter(process.stderr),
    jsonLd: parsed.jsonLd,
    evidence: parsed.evidence,
    onStyleProblem: (problem) => process.stderr.write(`copydesk export: warning: ${problem}\n`),
  });
  process.stdout.write(formatExportSummary(summary));
  return summary.blocked.length > 0 || summary.failed.length > 0 ? 1 : 0;
}
