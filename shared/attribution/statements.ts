/**
 * Which quoted spans are statements. Recall comes first: every quoted span is a statement unless
 * there is positive evidence that it is not (a naming word such as `so-called` or `titled`
 * before it, or a short title-case span, like the name of a show, in a sentence that attributes
 * nothing).
 */
import type { Cue } from './cues';
import type { ParagraphModel } from './article';
import type { SentenceRange } from './sentences';
import { isCommunicationVerb } from './communication';
import { isSpeechNoun } from './speechNouns';
import { isTitleOfWork } from './titles';

const shortLimit = 5;
const maxPartialDistance = 12;
const minorWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'vs', 'vs.', 'with', 'by', 'from']);
const namingWords = new Set([
  'named', 'titled', 'entitled', 'nicknamed', 'so-called', 'word', 'words', 'term', 'terms', 'phrase', 'hashtag', 'headline',
  'caption', 'title', 'film', 'movie', 'book', 'song', 'album', 'show', 'series', 'documentary', 'podcast', 'musical', 'novel',
]);
const namingBeforeAs = new Set(['known', 'nicknamed', 'billed', 'listed', 'registered']);

/**
 * Words that attribute speech, writing or a stance in English news (`said`, `called`, `warned`,
 * `according to` …), matched by stem in the sentence around a short quote.
 */
const attributingWord =
  /\b(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling)|call|dub|label|describ|refer|accus|brand|wr(?:ote|ites?|iting|itten)|tweet|post|declar|announc|warn|vow|promis|pledg|insist|claim|argu|complain|suggest|according|prais|critici[sz]|slam|blast|mock|decr[iy]|tout|deem|admit|acknowledg|den(?:y|ied|ies)|urg|ask|add|not(?:ed|es|ing)|explain|stat(?:ed|es|ing)|repl|respond|comment|insult|attack|dismiss|quot|recall|predict|boast|lament|joke|quip|testif|conced|characteri[sz]|decid|believ|think|thought|feel|felt)\w*/iu;

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when every content word of a short text is capitalised, as in a title or a name (`Cowboys and Indians`). */
export function isTitleCase(text: string): boolean {
  const words = wordsOf(text);
  const content = words.filter((word) => !minorWords.has(word.toLowerCase()));
  return content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function hasNamingWordBefore(paragraph: ParagraphModel, quoteToken: number): boolean {
  let index = quoteToken - 1;
  const token = paragraph.tokens[index];
  if (token?.kind === 'punct' && token.text !== ',') index -= 1;
  const before = paragraph.tokens[index];
  if (before?.kind !== 'word' || before.text !== before.lower) return false;
  if (before.lower !== 'as') return namingWords.has(before.lower);
  return paragraph.tokens.slice(Math.max(0, index - 4), index).some((token) => namingBeforeAs.has(token.lower));
}

function isWholeSentence(paragraph: ParagraphModel, sentence: SentenceRange, quoteToken: number, text: string): boolean {
  return sentence.start === quoteToken && /[.!?]\s*$/.test(text) && /^\s*\p{Lu}/u.test(text);
}

/** Verbs of saying that also have everyday senses (`pointed to the table`, `offered punch`, `put it on`): no evidence alone. */
const ambiguousVerbBases = new Set(
  'point offer order put puts hit shot fired struck read reads list name cast paint frame pitch plug charge echo text report question reason object post welcome hope fear worry wonder promote champion tag note list mention count'.split(' '),
);

/** A verb of saying, writing or judging that is not also a common verb of doing (see `isCommunicationVerb`). */
function isStanceVerb(lower: string): boolean {
  if (!isCommunicationVerb(lower)) return false;
  const base = lower.replace(/(?:ing|ed|es|s|d)$/u, '');
  return !ambiguousVerbBases.has(lower) && !ambiguousVerbBases.has(base) && !ambiguousVerbBases.has(`${base}e`);
}

function isCompound(paragraph: ParagraphModel, index: number): boolean {
  const before = paragraph.tokens[index - 1];
  const isModified = before?.tag === 'NOUN' && !/['\u2019]s?$/u.test(before.text);
  return isModified || paragraph.tokens[index + 1]?.tag === 'NOUN';
}

function sentenceAttributes(paragraph: ParagraphModel, sentence: SentenceRange): boolean {
  for (let index = sentence.start; index < sentence.end; index += 1) {
    const token = paragraph.tokens[index];
    const isVerb = token?.tag === '' || token?.tag === 'VERB' || token?.lower === 'according';
    if (token?.kind === 'word' && isVerb && (attributingWord.test(token.lower) || isStanceVerb(token.lower))) return true;
    // A noun of saying reports speech as a verb does (`his claim that the plan was "a con"`), unless part of a compound (`an asylum claim`, `claim forms`).
    if (token?.kind === 'word' && token.tag === 'NOUN' && isSpeechNoun(token.lower) && !isCompound(paragraph, index)) return true;
  }
  return false;
}

const namingVerbs = new Set(['calls', 'called', 'dubs', 'dubbed', 'names', 'named', 'brands', 'branded', 'bills', 'billed', 'labelled', 'labeled']);

/**
 * A title-case name given to a thing: after a common noun (`the website "Insurgency Wiki"`), an
 * owner's possessive (`ABC's "This Week"`) or `on` (`on "Meet the Press"`),
 * after a noun and a naming participle (`a user labelled "Anonymous"`), or after `which … calls`.
 */
function isNameOfThing(paragraph: ParagraphModel, quoteToken: number, text: string): boolean {
  if (!isTitleCase(text)) return false;
  if (isTitleOfWork(paragraph, quoteToken)) return true;
  const before = paragraph.tokens[quoteToken - 1];
  if (before?.tag === 'NOUN') return true;
  // A programme or publication of an owner (`NBC's "Today"`), or one appeared on (`said on "Meet the Press"`).
  if (before?.kind === 'word' && /^\p{Lu}.*['\u2019]s?$/u.test(before.text)) return true;
  if (before?.lower === 'on') return true;
  if (!namingVerbs.has(before?.lower ?? '')) return false;
  if (paragraph.tokens[quoteToken - 2]?.tag === 'NOUN') return true;
  for (let index = quoteToken - 2; index >= Math.max(0, quoteToken - 8); index -= 1) {
    const word = paragraph.tokens[index]?.lower;
    if (word === 'which' || word === 'that' || word === 'what') return true;
  }
  return false;
}

/** Verbs that say, write or display the words after them (`bearing the words`); `added the words "no entry"` is left a mention. */
const wordsVerbs = new Set(
  'say says said saying utter utters uttered uttering speak speaks spoke speaking bear bears bore bearing read reads reading write writes wrote writing chant chanted chanting shout shouted shouting'.split(' '),
);

/**
 * A quote given as `the words` on a sign, a post or a page (`an image bearing the words "…"`,
 * `refused to say the words "…"`) after a verb of saying, writing or showing: words someone wrote or said. A bare name in title case stays a
 * mention (`anything with the words "Ana Roe"`).
 */
function isAfterTheWords(paragraph: ParagraphModel, quoteToken: number): boolean {
  const tokens = paragraph.tokens;
  if (tokens[quoteToken - 1]?.text !== 'words' || tokens[quoteToken - 2]?.lower !== 'the' || !wordsVerbs.has(tokens[quoteToken - 3]?.lower ?? '')) return false;
  const text = tokens[quoteToken]?.text ?? '';
  return !isTitleCase(text) || /[.!?]\s*$/u.test(text);
}

/** A one-word scare quote modifying the noun after it (`served with "electric" punch`, `the "History" section`). */
function isNounModifier(paragraph: ParagraphModel, quoteToken: number, count: number): boolean {
  const quote = paragraph.tokens[quoteToken];
  const before = paragraph.tokens[quoteToken - 1];
  const next = paragraph.tokens[quoteToken + 1];
  if (count !== 1 || !quote || /[\p{P}]\s*$/u.test(quote.text)) return false;
  const isNounSlot = before !== undefined && (['DET', 'ADJ', 'ADP', 'NUM'].includes(before.tag) || /['\u2019]s?$/u.test(before.text)) && before.lower !== 'to';
  return isNounSlot && next?.kind === 'word' && (next.tag === 'NOUN' || next.tag === 'PROPN');
}

/**
 * A one-word scare quote before a noun (`the "History" section`, `a "fair" deal`), unless the
 * sentence attributes speech and the word is not a title (`Ryan lamented the "disheartened" state
 * of the race` quotes Ryan's word).
 */
function isScareQuote(paragraph: ParagraphModel, sentence: SentenceRange, quoteToken: number, text: string, count: number): boolean {
  return isNounModifier(paragraph, quoteToken, count) && (isTitleCase(text) || !sentenceAttributes(paragraph, sentence));
}

/**
 * Decides whether a quoted span is a statement someone made. `subject` is the sentence's subject
 * when it is read as the speaker of a quote with no cue (see `subjectCue`).
 */
export function isStatement(paragraph: ParagraphModel, sentence: SentenceRange, quoteToken: number, cue: Cue | null, subject: Cue | null): boolean {
  const text = paragraph.tokens[quoteToken]?.text ?? '';
  const count = wordsOf(text).length;
  const span = paragraph.spans[paragraph.tokens[quoteToken]?.quote ?? -1];
  if (count > shortLimit || span?.isRunOn || isAfterTheWords(paragraph, quoteToken)) return true;
  if (hasNamingWordBefore(paragraph, quoteToken) || isNameOfThing(paragraph, quoteToken, text) || isScareQuote(paragraph, sentence, quoteToken, text, count)) return false;
  if (isWholeSentence(paragraph, sentence, quoteToken, text)) return true;
  if (cue && (cue.side === 'tail' || (cue.distance <= maxPartialDistance && !cue.isEmbedded))) return true;
  if (sentenceAttributes(paragraph, sentence)) return true;
  return !isTitleCase(text) && subject !== null && subject.subject.type !== 'description';
}
