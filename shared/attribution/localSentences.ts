/**
 * What the text of each sentence alone says about its quotes: the cue of each quote, whether it
 * is a statement, and cues shared by quotes joined with `and`. These depend on the paragraph
 * text and the verb list only, so they are kept with the paragraph.
 */
import type { ParagraphModel } from './article';
import { headCue, reportingClauseCue, sentenceCue, tailCue, type Cue, type CueContext } from './cues';
import { speechNounCue } from './nounCues';
import { ownedWordsCue } from './ownedWords';
import { sourcedColonCue } from './sourcedColon';
import { dashCue, roleTailCue, subjectCue, transcriptCue } from './roleCues';
import type { SentenceRange } from './sentences';
import type { SieveInput } from './sieve';
import { isStatement } from './statements';
import { passiveAgentCue } from './passiveCues';
import { quoteAsideCue } from './quoteAsides';
import { citedQuoteCue } from './citedQuotes';
import { labelCue } from './labelCues';
import { subordinateHeadCue } from './subordinateQuotes';
import { surnameTailCue } from './surnameCues';

/** What the text of one sentence alone says about a quote in it: its cue and whether it is a statement. */
export interface LocalQuote {
  token: number;
  /** The cue by verb or grammatical role, else the sentence's subject for a quote inside the sentence. */
  cue: Cue | null;
  isStatement: boolean;
  /** True for a short quoted phrase inside the reporter's own sentence (not opening it). */
  isPartial: boolean;
}

/** The paragraph-local findings of one sentence; they depend on the paragraph text and the verb list only. */
export interface LocalSentence {
  quotes: LocalQuote[];
  /** The cue of a sentence with no statement in it (`Heald noted the findings`), for later pronouns. */
  cue: Cue | null;
}

/**
 * A verb of saying that introduces the quote with a colon (`Roe, tired, finally responded: "…"`):
 * it names the speaker before any verb after the quote does, since the words after a question or
 * exclamation may open the next sentence (`"…?" Her critics cited it for years.`).
 */
function introducedCue(cueContext: CueContext, sentence: SentenceRange, token: number): Cue | null {
  if (cueContext.paragraph.tokens[token - 1]?.text !== ':') return null;
  const head = headCue(cueContext, sentence, token);
  return head && head.verb.end === token - 1 ? head : null;
}

/** Most words of a quoted phrase inside the reporter's sentence that is never given a speaker carried over from earlier quotes. */
const maxPartialWords = 5;

function localQuote(cueContext: CueContext, sentence: SentenceRange, token: number): LocalQuote {
  const cue =
    passiveAgentCue(cueContext, token) ?? quoteAsideCue(cueContext, sentence, token) ?? citedQuoteCue(cueContext, sentence, token) ??
    subordinateHeadCue(cueContext, sentence, token) ?? surnameTailCue(cueContext, token) ?? tailCue(cueContext, token) ?? ownedWordsCue(cueContext, token) ?? introducedCue(cueContext, sentence, token) ?? sourcedColonCue(cueContext, sentence, token) ??
    roleTailCue(cueContext, token) ?? dashCue(cueContext, token) ??
    transcriptCue(cueContext, token) ?? labelCue(cueContext, sentence, token) ?? speechNounCue(cueContext, sentence, token) ?? headCue(cueContext, sentence, token) ??
    reportingClauseCue(cueContext, sentence, token);
  const subject = cue === null && token > sentence.start ? subjectCue(cueContext, sentence, token) : null;
  const isPartial = token > sentence.start && (cueContext.paragraph.tokens[token]?.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= maxPartialWords;
  // A subject found only past an opening setting names the speaker; it is no evidence that a short quote is a statement.
  const evidence = subject && subjectCue(cueContext, sentence, token, false);
  return { token, cue: cue ?? subject, isStatement: isStatement(cueContext.paragraph, sentence, token, cue, evidence), isPartial };
}

const coordinators = new Set(['and', 'or', ',']);

/**
 * Quotes joined by `and` or `or` (`Traffic is "a misery" and "a drain," Roe said`) are one
 * statement: a quote with no cue of its own takes the cue after the quote it is joined to.
 */
function shareCoordinatedCues(paragraph: ParagraphModel, quotes: LocalQuote[]): void {
  for (let index = quotes.length - 2; index >= 0; index -= 1) {
    const quote = quotes[index] as LocalQuote;
    const next = quotes[index + 1] as LocalQuote;
    if (quote.cue !== null || next.cue?.side !== 'tail') continue;
    const between = paragraph.tokens.slice(quote.token + 1, next.token);
    if (between.length === 0 || !between.every((token) => coordinators.has(token.lower)) || !between.some((token) => token.kind === 'word')) continue;
    quotes[index] = { ...quote, cue: next.cue, isStatement: quote.isStatement || next.isStatement };
  }
}

/** The sentences' local findings, computed once per paragraph text and verb list and kept with the paragraph. */
export function localSentences(input: SieveInput, paragraph: ParagraphModel): LocalSentence[] {
  const cached = paragraph.core.memo.get(input.verbs) as LocalSentence[] | undefined;
  if (cached) return cached;
  const cueContext: CueContext = {
    paragraph,
    verbs: input.verbs,
    isCommon: (token, index) => input.article.isCommonWord(paragraph, token, index),
  };
  const sentences = paragraph.sentences.map((sentence): LocalSentence => {
    const quotes: LocalQuote[] = [];
    for (let token = sentence.start; token < sentence.end; token += 1) {
      if (paragraph.tokens[token]?.kind === 'quote') quotes.push(localQuote(cueContext, sentence, token));
    }
    shareCoordinatedCues(paragraph, quotes);
    return { quotes, cue: quotes.some((quote) => quote.isStatement) ? null : sentenceCue(cueContext, sentence) };
  });
  paragraph.core.memo.set(input.verbs, sentences);
  return sentences;
}
