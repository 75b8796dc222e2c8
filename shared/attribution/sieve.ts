/**
 * The ordered sieve that attributes each quote: explicit link, speech verb next to the quote,
 * pronoun, continuation within the paragraph, then the previous paragraph's speaker.
 */
import type { ArticleModel, ParagraphModel } from './article';
import { spanText } from './cache';
import type { Cue } from './cues';
import type { Token } from './tokens';
import { localSentences, type LocalQuote, type LocalSentence } from './localSentences';
import { explain, explainOwner, subjectText } from './explain';
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
  /** How the speaker was found, in an editor's words. */
  explanation: string;
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

/** A speaker carried over from earlier quotes; `note` replaces the rule's usual explanation. */
interface Carried {
  speaker: Speaker;
  rule: AttributionRule;
  note?: string;
}

function carried(context: SpeakerContext, paragraph: number, isFirstInParagraph: boolean): Carried {
  const last = context.history[context.history.length - 1];
  if (!last || last.speaker.kind === 'none') return { speaker: noSpeaker, rule: 'none' };
  if (last.paragraph === paragraph) return { speaker: last.speaker, rule: 'continuation' };
  if (last.paragraph === paragraph - 1 && isFirstInParagraph) {
    // A speaker remembered from a sentence with no quote of its own (`Roe issued this statement:`) was named there, not quoted.
    const wasQuoted = context.article.paragraphs[last.paragraph]?.tokens[last.token]?.kind === 'quote';
    return wasQuoted ? { speaker: last.speaker, rule: 'previous-paragraph' } : { speaker: last.speaker, rule: 'previous-paragraph', note: 'named in the paragraph before' };
  }
  if (last.paragraph === paragraph - 2 && isFirstInParagraph && resumesAfterAside(context, paragraph, last.speaker)) {
    return { speaker: last.speaker, rule: 'previous-paragraph', note: 'same speaker as the quote two paragraphs up' };
  }
  return { speaker: noSpeaker, rule: 'none' };
}

/**
 * True when a paragraph that opens with a quote resumes a named speaker after a one-paragraph
 * aside, as news copy does (`"…," Roe said.` / background / `"…"`): the aside names no other person.
 */
function resumesAfterAside(context: SpeakerContext, paragraph: number, speaker: Speaker): boolean {
  if (speaker.kind !== 'named' || context.article.paragraphs[paragraph]?.spans[0]?.openAt !== 0) return false;
  const aside = context.mentionsByParagraph.get(paragraph - 1) ?? [];
  return aside.every((mention) => mention.entity === speaker.entity || mention.entity.kind !== 'person');
}

/** Explicit links by paragraph, in their given order, made once per list of links. */
const linksByParagraph = new WeakMap<readonly ExplicitLink[], Map<number, ExplicitLink[]>>();

function linkFor(input: SieveInput, paragraph: number, start: number, end: number): ExplicitLink | undefined {
  let byParagraph = linksByParagraph.get(input.links);
  if (!byParagraph) {
    byParagraph = new Map();
    for (const link of input.links) {
      const list = byParagraph.get(link.paragraph);
      if (list) list.push(link);
      else byParagraph.set(link.paragraph, [link]);
    }
    linksByParagraph.set(input.links, byParagraph);
  }
  return byParagraph.get(paragraph)?.find((link) => link.start < end + 1 && link.end > start - 1);
}

function linkedSpeaker(input: SieveInput, sourceId: string): Speaker {
  const source = input.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return noSpeaker;
  const entity = input.registry.entities.find((candidate) => candidate.sourceId === sourceId);
  const isAnonymous = source.level === 'anonymous';
  if (entity && !isAnonymous) return { ...entitySpeaker(entity), title: source.title || entity.title };
  return { name: source.name, kind: isAnonymous ? 'descriptive' : source.kind === 'person' ? 'named' : 'organisation', title: source.title, entity: null };
}

/** The speaker the text gives: the cue's speaker, else one carried over from earlier quotes. */
function detectSpeaker(context: SpeakerContext, paragraph: number, cue: Cue | null, isFirst: boolean): Carried & { isAmbiguous: boolean } {
  if (!cue) return { ...carried(context, paragraph, isFirst), isAmbiguous: false };
  const { speaker, isAmbiguous } = resolveSpeaker(context, cue.subject, { paragraph, token: cue.subject.start });
  const described = speaker.kind === 'descriptive' && speaker.entity === null ? withRelativeClause(context, paragraph, cue, speaker) : speaker;
  return { speaker: described, rule: cue.subject.type === 'pronoun' ? 'pronoun' : 'speech-verb', isAmbiguous };
}

/** Most words of a relative clause kept with an unnamed source's description. */
const maxRelativeWords = 14;

/** Determiners that introduce a source for the first time. */
const indefinites = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'several']);

/** Verbs of saying that open the main clause again after a relative clause (`an aide who was there said`). */
const mainClauseVerbs = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

/**
 * An unnamed source's description with the `who` clause that says who the source is or why they
 * are unnamed (`a Mexican official who was not authorized to speak publicly`), as the reporter
 * wrote it: a clause without commas always, one set off by commas only after `a`, `an` or `one`.
 * The clause must end at a comma, the sentence's end or the cue's own verb; one cut short by a
 * quote or running into another verb of saying is left out.
 */
function withRelativeClause(context: SpeakerContext, paragraph: number, cue: Cue, speaker: Speaker): Speaker {
  const model = context.article.paragraphs[paragraph];
  if (!model || cue.subject.type !== 'description') return speaker;
  const tokens = model.tokens;
  const isSetOff = tokens[cue.subject.end]?.text === ',';
  // A clause set off by commas adds to a source first introduced (`an aide, who was not authorized …`); after `the` it is an aside.
  if (isSetOff && !indefinites.has(tokens[cue.subject.start]?.lower ?? '')) return speaker;
  const opener = isSetOff ? cue.subject.end + 1 : cue.subject.end;
  if (tokens[opener]?.lower !== 'who' || tokens[opener + 1]?.kind !== 'word') return speaker;
  const stop = cue.verb.start > cue.subject.end ? cue.verb.start : tokens.length;
  let end = opener + 2;
  while (end < stop && end - opener <= maxRelativeWords && tokens[end]?.kind === 'word' && !mainClauseVerbs.has(tokens[end]?.lower ?? '')) end += 1;
  const closer = tokens[end];
  const isClosed = end === stop || closer === undefined || closer.text === ',' || /^[.;]$/u.test(closer.text);
  const last = tokens[end - 1];
  if (!isClosed || end - opener > maxRelativeWords || last?.kind !== 'word' || last.tag === 'AUX') return speaker;
  const clause = model.text.slice((tokens[cue.subject.end - 1] as Token).end, last.end);
  return { ...speaker, name: `${speaker.name ?? ''}${clause}` };
}

function attributeOne(input: SieveInput, context: SpeakerContext, paragraph: ParagraphModel, local: LocalQuote, isFirst: boolean): AttributedQuote | null {
  const { token, cue } = local;
  const quote = paragraph.tokens[token]?.quote ?? -1;
  const span = paragraph.spans[quote];
  if (!span) return null;
  const link = linkFor(input, paragraph.index, span.start, span.end);
  if (!link && !local.isStatement) return null;
  // A short phrase quoted in the reporter's own sentence with no cue is not carried over from an earlier quote: the editor sees it has no speaker.
  const detected = !cue && local.isPartial ? { speaker: noSpeaker, rule: 'none' as const, isAmbiguous: false } : detectSpeaker(context, paragraph.index, cue, isFirst);
  const speaker = link ? linkedSpeaker(input, link.sourceId) : detected.speaker;
  remember(context, { paragraph: paragraph.index, token, speaker });
  const rule = link ? 'explicit-link' : detected.rule;
  return {
    paragraph: paragraph.index,
    start: span.start,
    end: span.end,
    text: spanText(paragraph.core, paragraph.text, quote),
    speaker,
    cue: cue ? cueText(paragraph, cue) : '',
    rule,
    explanation: (!link && detected.note) || (cue?.isNoun && !link && speaker.name ? explainOwner(cueText(paragraph, cue), speaker) : explain(rule, speaker, cue ? subjectText(paragraph, cue) : '', cue?.subject.type ?? null)),
    isAmbiguous: detected.isAmbiguous,
    linkedSourceId: link?.sourceId ?? null,
    detected: detected.speaker,
  };
}

function attributeSentence(input: SieveInput, context: SpeakerContext, paragraph: ParagraphModel, local: LocalSentence, found: AttributedQuote[]): void {
  const before = found.length;
  for (const quote of local.quotes) {
    const isFirst = found[found.length - 1]?.paragraph !== paragraph.index;
    const attributed = attributeOne(input, context, paragraph, quote, isFirst);
    if (attributed) found.push(attributed);
  }
  if (found.length > before || !local.cue) return;
  const { speaker } = resolveSpeaker(context, local.cue.subject, { paragraph: paragraph.index, token: local.cue.subject.start });
  if (speaker.kind !== 'none') remember(context, { paragraph: paragraph.index, token: local.cue.verb.start, speaker });
}

/** Runs the sieve over one paragraph, adding its quotes to `found`; paragraphs must come in document order. */
export function attributeParagraph(input: SieveInput, context: SpeakerContext, paragraph: ParagraphModel, found: AttributedQuote[]): void {
  for (const local of localSentences(input, paragraph)) attributeSentence(input, context, paragraph, local, found);
}

/** Runs the sieve over the whole article in document order. */
export function attributeQuotes(input: SieveInput, context: SpeakerContext): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  for (const paragraph of input.article.paragraphs) attributeParagraph(input, context, paragraph, found);
  return found;
}
