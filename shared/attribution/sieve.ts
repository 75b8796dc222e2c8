/**
 * The ordered sieve that attributes each quote: explicit link, speech verb next to the quote,
 * pronoun, continuation within the paragraph, then the previous paragraph's speaker.
 */
import type { ArticleModel, ParagraphModel } from './article';
import { headCue, sentenceCue, tailCue, type Cue, type CueContext } from './cues';
import type { SentenceRange } from './sentences';
import { isStatement } from './statements';
import { roleTailCue, subjectCue } from './roleCues';
import { entitySpeaker, noSpeaker, remember, resolveSpeaker, type Speaker, type SpeakerContext } from './speakers';
import type { Registry } from './registry';
import type { AnalyserSource, AttributionRule, ExplicitLink } from './types';
import type { VerbIndex } from './verbs';

/** A quote with its speaker, before keys and source ids are assigned. */
export interface AttributedQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speaker: Speaker;
  cue: string;
  rule: AttributionRule;
  isAmbiguous: boolean;
  /** Source of an explicit link, when one covers the quote. */
  linkedSourceId: string | null;
  /** Speaker the text alone gives, kept when an explicit link overrides it. */
  detected: Speaker;
}

/** What the sieve reads besides the article. */
export interface SieveInput {
  article: ArticleModel;
  registry: Registry;
  verbs: VerbIndex;
  links: readonly ExplicitLink[];
  sources: readonly AnalyserSource[];
}

function cueText(paragraph: ParagraphModel, cue: Cue): string {
  const first = paragraph.tokens[cue.range.start];
  const last = paragraph.tokens[cue.range.end - 1];
  return first && last ? paragraph.text.slice(first.start, last.end) : '';
}

function carried(context: SpeakerContext, paragraph: number, isFirstInParagraph: boolean): { speaker: Speaker; rule: AttributionRule } {
  const last = context.history[context.history.length - 1];
  if (!last || last.speaker.kind === 'none') return { speaker: noSpeaker, rule: 'none' };
  if (last.paragraph === paragraph) return { speaker: last.speaker, rule: 'continuation' };
  if (last.paragraph === paragraph - 1 && isFirstInParagraph) return { speaker: last.speaker, rule: 'previous-paragraph' };
  return { speaker: noSpeaker, rule: 'none' };
}

function linkFor(input: SieveInput, paragraph: number, start: number, end: number): ExplicitLink | undefined {
  return input.links.find((link) => link.paragraph === paragraph && link.start < end + 1 && link.end > start - 1);
}

function linkedSpeaker(input: SieveInput, sourceId: string): Speaker {
  const source = input.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return noSpeaker;
  const entity = input.registry.entities.find((candidate) => candidate.sourceId === sourceId);
  const isAnonymous = source.level === 'anonymous';
  if (entity && !isAnonymous) return { ...entitySpeaker(entity), title: source.title || entity.title };
  return { name: source.name, kind: isAnonymous ? 'descriptive' : source.kind === 'person' ? 'named' : 'organisation', title: source.title, entity: null };
}

interface QuoteSite {
  paragraph: ParagraphModel;
  sentence: SentenceRange;
  token: number;
}

/** The speaker the text gives: the cue's speaker, else one carried over from earlier quotes. */
function detectSpeaker(context: SpeakerContext, paragraph: number, cue: Cue | null, isFirst: boolean): { speaker: Speaker; rule: AttributionRule; isAmbiguous: boolean } {
  if (!cue) return { ...carried(context, paragraph, isFirst), isAmbiguous: false };
  const { speaker, isAmbiguous } = resolveSpeaker(context, cue.subject, { paragraph, token: cue.subject.start });
  return { speaker, rule: cue.subject.type === 'pronoun' ? 'pronoun' : 'speech-verb', isAmbiguous };
}

function attributeOne(input: SieveInput, context: SpeakerContext, cueContext: CueContext, site: QuoteSite, isFirst: boolean): AttributedQuote | null {
  const { paragraph, token } = site;
  const span = paragraph.spans[paragraph.tokens[token]?.quote ?? -1];
  if (!span) return null;
  const link = linkFor(input, paragraph.index, span.start, span.end);
  const cue = tailCue(cueContext, token) ?? roleTailCue(cueContext, token) ?? headCue(cueContext, site.sentence, token);
  const subject = cue === null && token > site.sentence.start ? subjectCue(cueContext, site.sentence, token) : null;
  if (!link && !isStatement(paragraph, site.sentence, token, cue, subject)) return null;
  const detected = detectSpeaker(context, paragraph.index, cue ?? subject, isFirst);
  const speaker = link ? linkedSpeaker(input, link.sourceId) : detected.speaker;
  remember(context, { paragraph: paragraph.index, token, speaker });
  return {
    paragraph: paragraph.index,
    start: span.start,
    end: span.end,
    text: paragraph.text.slice(span.start, span.end),
    speaker,
    cue: cue ? cueText(paragraph, cue) : '',
    rule: link ? 'explicit-link' : detected.rule,
    isAmbiguous: detected.isAmbiguous,
    linkedSourceId: link?.sourceId ?? null,
    detected: detected.speaker,
  };
}

function attributeSentence(input: SieveInput, context: SpeakerContext, cueContext: CueContext, paragraph: ParagraphModel, sentence: SentenceRange, found: AttributedQuote[]): void {
  const before = found.length;
  for (let token = sentence.start; token < sentence.end; token += 1) {
    if (paragraph.tokens[token]?.kind !== 'quote') continue;
    const isFirst = found[found.length - 1]?.paragraph !== paragraph.index;
    const quote = attributeOne(input, context, cueContext, { paragraph, sentence, token }, isFirst);
    if (quote) found.push(quote);
  }
  if (found.length > before) return;
  const cue = sentenceCue(cueContext, sentence);
  if (!cue) return;
  const { speaker } = resolveSpeaker(context, cue.subject, { paragraph: paragraph.index, token: cue.subject.start });
  if (speaker.kind !== 'none') remember(context, { paragraph: paragraph.index, token: cue.verb.start, speaker });
}

/** Runs the sieve over the whole article in document order. */
export function attributeQuotes(input: SieveInput, context: SpeakerContext): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  for (const paragraph of input.article.paragraphs) {
    const cueContext: CueContext = {
      paragraph,
      verbs: input.verbs,
      isCommon: (token, index) => input.article.isCommonWord(paragraph, token, index),
    };
    for (const sentence of paragraph.sentences) attributeSentence(input, context, cueContext, paragraph, sentence, found);
  }
  return found;
}
