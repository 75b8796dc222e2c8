import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { migrateArticle } from '../../shared/article/migrate';
import { bodyBlocks, bodyParagraphs } from '../../shared/article/text';
import { analyse, type AnalyserInput, type AttributionResult } from '../../shared/attribution/index';

const usage = 'usage: npm run --silent cli -- quotes <file.txt|file.md|file.article.json> [--json]\n';

/** Trailing page furniture pasted along with web copy; never part of the story. */
const boilerplate =
  /^(contact us|share( this( article| story)?| on \w+)?|advertisement|advertise with us|related( articles| stories| coverage)?|read more|more stories|subscribe( now)?|sign up( for [\w\s]+)?|follow us( on [\w\s]+)?|(©|\(c\)|copyright)\b.*|all rights reserved\.?|print|email|comments?|back to top|privacy policy|terms of (use|service))$/i;

function blocksOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter((block) => block.length > 0);
}

/** True when a block has a full sentence of body-copy length (at least eight words, ending in . ! or ?). */
export function isBodyLike(block: string): boolean {
  const sentences = block.split(/(?<=[.!?]["”’)]?)\s+/);
  return sentences.some((sentence) => /[.!?]["”’)]?$/.test(sentence) && sentence.split(/\s+/).length >= 8);
}

/**
 * Reads the newsroom plain-text layout: header lines (kicker, headline, dek) until the first
 * body-like paragraph, then blank-line-separated paragraphs, minus trailing page boilerplate.
 */
export function readNewsroomText(text: string): { headline: string; paragraphs: string[] } {
  const blocks = blocksOf(text);
  const firstBody = blocks.findIndex(isBodyLike);
  const headerLength = firstBody < 0 ? Math.min(1, blocks.length) : firstBody;
  const header = blocks.slice(0, headerLength);
  const paragraphs = blocks.slice(headerLength);
  while (paragraphs.length > 0 && boilerplate.test(paragraphs[paragraphs.length - 1] as string)) paragraphs.pop();
  const headline = header.length >= 2 ? (header[header.length >= 3 ? 1 : 0] as string) : (header[0] ?? '');
  return { headline, paragraphs };
}

/** Reads Markdown: a leading `# ` line is the headline, every other block a body paragraph. */
export function readMarkdown(text: string): { headline: string; paragraphs: string[] } {
  const blocks = blocksOf(text);
  const first = blocks[0] ?? '';
  const hasHeadline = /^#\s/.test(first);
  const paragraphs = (hasHeadline ? blocks.slice(1) : blocks).map((block) => block.replace(/^#{1,6}\s+/, ''));
  return { headline: hasHeadline ? first.replace(/^#\s+/, '') : '', paragraphs };
}

function articleInput(raw: string): AnalyserInput {
  const article = migrateArticle(JSON.parse(raw) as unknown);
  return {
    paragraphs: bodyParagraphs(article.body),
    sources: article.sources.map(({ id, kind, name, title, level, anonymityReason }) => ({ id, kind, name, title, level, anonymityReason })),
    pullQuotes: bodyBlocks(article.body)
      .filter((block) => block.type === 'pullQuote')
      .map((block) => ({ text: block.text, sourceId: typeof block.node.attrs?.sourceId === 'string' ? block.node.attrs.sourceId : null })),
    reviews: article.reviews,
  };
}

/** Builds the analyser input for a file by its extension; throws with a reason for anything else. */
export function inputFor(file: string, raw: string): AnalyserInput {
  if (file.endsWith('.article.json')) return articleInput(raw);
  if (file.endsWith('.md') || file.endsWith('.markdown')) return { paragraphs: readMarkdown(raw).paragraphs };
  if (file.endsWith('.txt')) return { paragraphs: readNewsroomText(raw).paragraphs };
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
    input = inputFor(file, await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`copydesk quotes: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const result = analyse(input);
  process.stdout.write(values.json ? `${toJson(result)}\n` : toTable(result));
  return 0;
}
