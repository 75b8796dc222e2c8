import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateArticle } from '../../shared/article/migrate';
import { bodyParagraphs } from '../../shared/article/text';
import { analyse, type AnalyserInput, type AttributionResult } from '../../shared/attribution/index';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { importFile } from '../importers';

const usage = 'usage: npm run --silent cli -- quotes <file.txt|file.md|file.article.json> [--json]\n';

/** Blank-line-separated blocks, each joined into one line. */
function blocksOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter((block) => block.length > 0);
}

/** Reads Markdown: a leading `# ` line is the headline, every other block a body paragraph. */
export function readMarkdown(text: string): { headline: string; paragraphs: string[] } {
  const blocks = blocksOf(text);
  const first = blocks[0] ?? '';
  const hasHeadline = /^#\s/.test(first);
  const paragraphs = (hasHeadline ? blocks.slice(1) : blocks).map((block) => block.replace(/^#{1,6}\s+/, ''));
  return { headline: hasHeadline ? first.replace(/^#\s+/, '') : '', paragraphs };
}

/**
 * Builds the analyser input for a file by its extension: `.txt` through the plain-text importer
 * (so header lines and page boilerplate are told apart by the same rules as File > Import),
 * `.md` as headline plus blocks, `.article.json` with its sources, links, pull quotes and reviews.
 */
export async function inputFor(file: string, bytes: Uint8Array): Promise<AnalyserInput> {
  if (file.endsWith('.article.json')) return analyserInputFor(migrateArticle(JSON.parse(new TextDecoder().decode(bytes)) as unknown));
  if (file.endsWith('.md') || file.endsWith('.markdown')) return { paragraphs: readMarkdown(new TextDecoder().decode(bytes)).paragraphs };
  if (file.endsWith('.txt')) return { paragraphs: bodyParagraphs((await importFile({ name: basename(file), bytes })).article.body) };
  throw new Error('unsupported file type (expected .txt, .md or .article.json)');
}

/** The `--json` shape: quotes reduced to what a script needs, and every finding. */
export function toJson(result: AttributionResult): string {
  const quotes = result.quotes.map(({ paragraph, text, speaker, speakerKind, title, cue }) => ({ paragraph, text, speaker, speakerKind, title, cue }));
  return JSON.stringify({ quotes, findings: result.findings });
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** A readable aligned table of quotes, then the findings. */
export function toTable(result: AttributionResult): string {
  const rows = result.quotes.map((quote) => {
    const speaker = quote.speaker ?? '(none)';
    return `${String(quote.paragraph + 1).padStart(4)}  ${clip(speaker, 24)}  ${clip(quote.speakerKind, 12)}  ${clip(quote.rule, 18)}  ${clip(quote.text, 60)}`;
  });
  const header = `${'para'.padStart(4)}  ${'speaker'.padEnd(24)}  ${'kind'.padEnd(12)}  ${'rule'.padEnd(18)}  quote`;
  const findings = result.findings.map((finding) => {
    const where = finding.paragraph >= 0 ? `para ${finding.paragraph + 1}` : 'article';
    return `  ${finding.severity.padEnd(7)}  ${finding.code.padEnd(28)}  ${where.padEnd(9)}  ${finding.message}`;
  });
  const summary = `${result.quotes.length} quote(s), ${result.findings.length} finding(s)`;
  return [header, ...rows, '', findings.length > 0 ? 'findings:' : 'no findings', ...findings, '', summary, ''].join('\n');
}

/**
 * `quotes <file> [--json]`: lists the quotes of an article with their speakers and the findings
 * an editor must clear. Exits 1 with a message naming the file when it cannot be read.
 */
export async function runQuotes(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(usage);
    return 2;
  }
  let input: AnalyserInput;
  try {
    input = await inputFor(file, await readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`copydesk quotes: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const result = analyse(input);
  process.stdout.write(values.json ? `${toJson(result)}\n` : toTable(result));
  return 0;
}
