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
 * A lookup only stamps the entry with a counter (re-inserting into the map on every lookup cost
 * more than the rest of a re-analysis's bookkeeping); the oldest tenth goes when the store is full.
 */
export class ParagraphStore implements CoreStore {
  private readonly cores = new Map<string, { core: ParagraphCore; used: number }>();
  private clock = 0;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`maxCachedParagraphs must be a positive integer, got ${limit}`);
  }

  /** Paragraphs currently held. */
  get size(): number {
    return this.cores.size;
  }

  get(text: string): ParagraphCore | undefined {
    const entry = this.cores.get(text);
    if (!entry) return undefined;
    entry.used = ++this.clock;
    return entry.core;
  }

  wouldDrop(count: number): boolean {
    return this.cores.size + count > this.limit;
  }

  set(text: string, core: ParagraphCore): void {
    this.cores.set(text, { core, used: ++this.clock });
    if (this.cores.size <= this.limit) return;
    const byAge = [...this.cores].sort((a, b) => a[1].used - b[1].used);
    const excess = this.cores.size - this.limit + Math.floor(this.limit / 10);
    for (const [oldest] of byAge.slice(0, excess)) this.cores.delete(oldest);
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

function answersHold(answers: ReadonlyMap<string, boolean>, isLowerElsewhere: (word: string) => boolean): boolean {
  for (const [word, answer] of answers) if (isLowerElsewhere(word) !== answer) return false;
  return true;
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
  if (kept && answersHold(kept.answers, isLowerElsewhere)) {
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
  // Written out in the order `scanParagraph` writes them: a spread copy would get another hidden class, and code optimised for one would deoptimise on the other.
  const spans = core.spans.map((span): QuoteSpan => ({ paragraph: index, openAt: span.openAt, start: span.start, end: span.end, isRunOn: span.isRunOn }));
  core.memo.set(spansKey, { index, spans });
  return spans;
}

const spanTextsKey = Symbol('spanTexts');

/**
 * The text of a core's quoted span number `quote`, sliced once per core: the same string each
 * analysis, so the maps keyed by quote text (normal forms, keys) hash it once.
 */
export function spanText(core: ParagraphCore, text: string, quote: number): string {
  let texts = core.memo.get(spanTextsKey) as string[] | undefined;
  if (!texts) {
    texts = core.spans.map((span) => text.slice(span.start, span.end));
    core.memo.set(spanTextsKey, texts);
  }
  const found = texts[quote];
  if (found === undefined) throw new RangeError(`spanText: no quoted span ${quote} in a paragraph of ${texts.length}`);
  return found;
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

/** Where a text was found: the first and last piece its first occurrence covers; null when it is not in the body. */
type Found = { first: number; last: number } | null;

/** One body as pieces, with the answers given about it so far. */
interface BodyState {
  pieces: string[];
  answers: Map<string, Found>;
}

/** The body asked about last, whose answers the next body reuses where its edit cannot have changed them. */
let lastBody: BodyState = { pieces: [], answers: new Map() };

/**
 * The body as `normaliseQuoteText(paragraphs.join(' '))` reads it, for `includes`. Each paragraph's
 * part is cached by its text, so after an edit only that one is normalised again. Answers are
 * carried over from the body asked about before: the pieces both share at the start and at the
 * end are unchanged, so a text found wholly inside them is still there, and a text that was absent
 * can only appear across the changed pieces, which are searched with enough of their neighbours
 * to hold it. Anything else is searched in the whole body, joined on first need.
 */
export function normalisedBody(paragraphs: readonly string[]): NormalisedBody {
  const pieces: string[] = [];
  for (const paragraph of paragraphs) {
    const piece = normalisedPiece(paragraph);
    if (piece !== '') pieces.push(piece);
  }
  const before = lastBody;
  const state: BodyState = { pieces, answers: new Map() };
  lastBody = state;
  const old = before.pieces;
  let start = 0;
  while (start < old.length && start < pieces.length && old[start] === pieces[start]) start += 1;
  let end = 0;
  while (end < old.length - start && end < pieces.length - start && old[old.length - 1 - end] === pieces[pieces.length - 1 - end]) end += 1;
  const shift = pieces.length - old.length;
  let joined: string | null = null;
  let offsets: number[] | null = null;

  const search = (text: string): Found => {
    joined ??= pieces.join(' ');
    const at = joined.indexOf(text);
    if (at < 0) return null;
    if (!offsets) {
      offsets = [];
      let offset = 0;
      for (const piece of pieces) {
        offsets.push(offset);
        offset += piece.length + 1;
      }
    }
    return { first: pieceAt(offsets, at), last: pieceAt(offsets, at + text.length - 1) };
  };

  /** Whether `text` lies across the changed pieces (or the join left where pieces were removed), with `text.length` characters of context each side. */
  const isAcrossChange = (text: string): boolean => {
    let from = start;
    for (let length = 0; from > 0 && length < text.length; from -= 1) length += (pieces[from - 1] as string).length + 1;
    let to = pieces.length - end;
    for (let length = 0; to < pieces.length && length < text.length; to += 1) length += (pieces[to] as string).length + 1;
    return pieces.slice(from, to).join(' ').includes(text);
  };

  const answer = (text: string): Found => {
    const known = before.answers.get(text);
    if (known === undefined) return search(text);
    if (known === null) return isAcrossChange(text) ? search(text) : null;
    if (known.last < start) return known;
    if (known.first >= old.length - end) return { first: known.first + shift, last: known.last + shift };
    return search(text);
  };

  return {
    includes(text) {
      let found = state.answers.get(text);
      if (found === undefined) {
        found = answer(text);
        state.answers.set(text, found);
      }
      return found !== null;
    },
  };
}

/** Index of the piece holding character `at` of the joined body (the space after a piece counts as that piece's). */
function pieceAt(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
