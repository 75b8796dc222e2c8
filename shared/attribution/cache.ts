/**
 * What makes re-analysis after an edit cost only what changed: paragraph cores (scanning,
 * tokens, sentences and the language layer's tags) kept by paragraph text in a bounded store,
 * and per-core memos of the steps that depend on a paragraph's text and on little else.
 */
import type { CoreStore, ParagraphCore } from './article';
import type { QuoteSpan } from './marks';
import type { NameRun } from './names';
import { normaliseQuoteText } from './normalise';

/**
 * Paragraph cores by text, least recently used dropped first once more than `limit` are held.
 * Cores are shared by every analysis that meets the same text, so rules may memoise on them.
 */
export class ParagraphStore implements CoreStore {
  private readonly cores = new Map<string, ParagraphCore>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`maxCachedParagraphs must be a positive integer, got ${limit}`);
  }

  /** Paragraphs currently held. */
  get size(): number {
    return this.cores.size;
  }

  get(text: string): ParagraphCore | undefined {
    const core = this.cores.get(text);
    if (core) {
      this.cores.delete(text);
      this.cores.set(text, core);
    }
    return core;
  }

  set(text: string, core: ParagraphCore): void {
    this.cores.set(text, core);
    if (this.cores.size <= this.limit) return;
    const oldest = this.cores.keys().next();
    if (!oldest.done) this.cores.delete(oldest.value);
  }
}

/** Counts of work done and saved, for tests that check an edit costs only what changed. */
export const cacheStats = { runsComputed: 0, runsReused: 0 };

const untaggedRunsKey = Symbol('untaggedRuns');

interface UntaggedRuns {
  runs: NameRun[];
  /** Each article-wide question the runs depended on, and its answer then. */
  answers: Map<string, boolean>;
}

/**
 * The name runs of a paragraph the language layer did not tag. They depend on the paragraph's
 * text and on one article-wide fact, whether the article writes a sentence's first word in lower
 * case elsewhere (`isLowerElsewhere`); `compute` asks that through the function it is given. The
 * runs are kept on the core with the answers they saw, and reused while every answer still holds,
 * so typing in one paragraph does not find the names of all the others again.
 */
export function untaggedRuns(core: ParagraphCore, isLowerElsewhere: (word: string) => boolean, compute: (isLowerElsewhere: (word: string) => boolean) => NameRun[]): NameRun[] {
  const kept = core.memo.get(untaggedRunsKey) as UntaggedRuns | undefined;
  if (kept && [...kept.answers].every(([word, answer]) => isLowerElsewhere(word) === answer)) {
    cacheStats.runsReused += 1;
    return kept.runs;
  }
  const answers = new Map<string, boolean>();
  const runs = compute((word) => {
    const answer = isLowerElsewhere(word);
    answers.set(word, answer);
    return answer;
  });
  core.memo.set(untaggedRunsKey, { runs, answers } satisfies UntaggedRuns);
  cacheStats.runsComputed += 1;
  return runs;
}

const spansKey = Symbol('spansAt');

/** A core's quoted spans numbered as paragraph `index`, made once per core and position. */
export function spansAt(core: ParagraphCore, index: number): QuoteSpan[] {
  if (index === 0) return core.spans;
  const kept = core.memo.get(spansKey) as { index: number; spans: QuoteSpan[] } | undefined;
  if (kept?.index === index) return kept.spans;
  const spans = core.spans.map((span) => ({ ...span, paragraph: index }));
  core.memo.set(spansKey, { index, spans });
  return spans;
}

/** Keeps the edges of a text through `normaliseQuoteText`, which would trim punctuation there: not whitespace, punctuation or a symbol. */
const sentinel = '\u0001';
const normalisedPieces = new Map<string, string>();
const maxPieces = 20_000;

/** One paragraph normalised as it reads inside the body: like `normaliseQuoteText`, but only whitespace trimmed at its edges. */
function normalisedPiece(paragraph: string): string {
  let piece = normalisedPieces.get(paragraph);
  if (piece === undefined) {
    piece = normaliseQuoteText(sentinel + paragraph + sentinel).slice(1, -1).trim();
    if (normalisedPieces.size >= maxPieces) normalisedPieces.clear();
    normalisedPieces.set(paragraph, piece);
  }
  return piece;
}

/** The body's text in normal form, for asking whether a normalised quote lies in it. */
export interface NormalisedBody {
  /** True when `text` (in `normaliseQuoteText`'s form, not empty) appears in the body, within a paragraph or across paragraphs. */
  includes(text: string): boolean;
}

/**
 * The body as `normaliseQuoteText(paragraphs.join(' '))` reads it, for `includes`. Each paragraph's
 * part is cached by its text, so after an edit only that one is normalised again; the parts are
 * joined on the first question.
 */
export function normalisedBody(paragraphs: readonly string[]): NormalisedBody {
  const pieces: string[] = [];
  for (const paragraph of paragraphs) {
    const piece = normalisedPiece(paragraph);
    if (piece !== '') pieces.push(piece);
  }
  let joined: string | null = null;
  return { includes: (text) => (joined ??= pieces.join(' ')).includes(text) };
}
