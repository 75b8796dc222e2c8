/**
 * Accuracy scoring against hand-annotated gold quotes, exactly as the fixtures' README defines
 * it, so figures compare with published quote-attribution systems.
 */
import { contentWords, normaliseQuoteText } from './normalise';
import type { SpeakerKind } from './types';

/**
 * Speaker kinds of the gold annotations (`unknown`: the speaker cannot be determined; `pronoun`:
 * gold derived from a corpus whose pronoun source has no named referent).
 */
export type GoldKind = 'named' | 'descriptive' | 'organisation' | 'unknown' | 'pronoun';

/** One annotated quote of a gold file. */
export interface GoldQuote {
  paragraph: number;
  text: string;
  speaker: string;
  speakerKind: GoldKind;
  cue: string;
  /** False when the quote counts for precision and recall but not for speaker accuracy. */
  scoreSpeaker?: boolean;
}

/** How named speakers are compared: `strict` by the fixtures' README, `lenient` for automatically derived gold. */
export type NameMatching = 'strict' | 'lenient';

/** One predicted quote, as the analyser reports it. */
export interface PredictedQuote {
  paragraph: number;
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind;
}

/** Counts for one gold speaker kind. */
export interface KindTally {
  gold: number;
  matched: number;
  speakerRight: number;
  /** Matched quotes whose speaker is not scored (`scoreSpeaker: false`). */
  unscored: number;
}

/** Something the analyser got wrong, for the verbose report. */
export interface Miss {
  type: 'missed' | 'spurious' | 'wrong-speaker';
  paragraph: number;
  text: string;
  expected: string;
  predicted: string;
  /** The gold quote (missed, wrong speaker) and the prediction (spurious, wrong speaker) behind the miss. */
  gold?: GoldQuote;
  prediction?: PredictedQuote;
}

/** The score of one article (or of many, summed). */
export interface Score {
  predictions: number;
  gold: number;
  matched: number;
  speakerRight: number;
  /** Matched quotes whose speaker is not scored. */
  unscored: number;
  byKind: Record<GoldKind, KindTally>;
  misses: Miss[];
}

/** Titles dropped from the front of a name before names are compared. */
export const scoringTitles: readonly string[] = [
  'police chief', 'mayor', 'sen.', 'sen', 'senator', 'ald.', 'ald', 'alderman', 'president', 'dr.', 'dr', 'mr.', 'mr',
  'ms.', 'ms', 'mrs.', 'mrs', 'gov.', 'gov', 'governor', 'rep.', 'rep', 'representative', 'judge', 'chief', 'professor',
  'prof.', 'prof', 'minister', 'secretary', 'ambassador', 'general', 'gen.', 'sir', 'dame', 'lord', 'lady', 'rev.', 'father',
];

/** A name without its leading titles, lower case (`Senator Dick Durbin` → `dick durbin`). */
export function dropLeadingTitle(name: string): string {
  let rest = normaliseQuoteText(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of scoringTitles) {
      if (rest.startsWith(`${title} `)) {
        rest = rest.slice(title.length + 1).trim();
        changed = true;
      }
    }
  }
  return rest;
}

function nameWords(name: string): string[] {
  return dropLeadingTitle(name)
    .replace(/'s$/, '')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^[a-z]\.?$/.test(word));
}

/**
 * Lenient name comparison for automatically derived gold: the surnames agree and, where both
 * names give a first name, the first names agree too (titles and single-letter initials aside).
 */
export function isSameNameLenient(predicted: string, gold: string): boolean {
  const a = nameWords(predicted);
  const b = nameWords(gold);
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[0] === b[0];
}

/** True when a predicted speaker counts as right for a matched gold quote. */
export function isSpeakerRight(gold: GoldQuote, predicted: PredictedQuote, names: NameMatching = 'strict'): boolean {
  const name = predicted.speaker?.trim() ?? '';
  if (gold.speakerKind === 'unknown') return name === '';
  if (name === '') return false;
  if (gold.speakerKind === 'named') {
    return dropLeadingTitle(name) === dropLeadingTitle(gold.speaker) || (names === 'lenient' && isSameNameLenient(name, gold.speaker));
  }
  if (predicted.speakerKind === 'named' || predicted.speakerKind === 'none') return false;
  const wanted = contentWords(gold.speaker);
  if (wanted.length === 0) return normaliseQuoteText(name) === normaliseQuoteText(gold.speaker);
  const offered = new Set(contentWords(name));
  return wanted.filter((word) => offered.has(word)).length * 2 >= wanted.length;
}

/** An empty score to add articles into. */
export function emptyScore(): Score {
  const tally = (): KindTally => ({ gold: 0, matched: 0, speakerRight: 0, unscored: 0 });
  return {
    predictions: 0, gold: 0, matched: 0, speakerRight: 0, unscored: 0,
    byKind: { named: tally(), descriptive: tally(), organisation: tally(), unknown: tally(), pronoun: tally() }, misses: [],
  };
}

function describeSpeaker(speaker: string | null, kind: string): string {
  return speaker ? `${speaker} (${kind})` : `none (${kind})`;
}

/** Scores one article: each gold quote matches at most one prediction with the same normalised text. */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[], names: NameMatching = 'strict'): Score {
  const score = emptyScore();
  score.predictions = predicted.length;
  score.gold = gold.length;
  const used = new Set<number>();
  const goldTexts = gold.map((quote) => normaliseQuoteText(quote.text));
  for (const prediction of predicted) {
    const text = normaliseQuoteText(prediction.text);
    const index = goldTexts.findIndex((goldText, candidate) => goldText === text && !used.has(candidate));
    const match = gold[index];
    if (!match) {
      score.misses.push({ type: 'spurious', paragraph: prediction.paragraph, text: prediction.text, expected: '', predicted: describeSpeaker(prediction.speaker, prediction.speakerKind), prediction });
      continue;
    }
    used.add(index);
    score.matched += 1;
    score.byKind[match.speakerKind].matched += 1;
    if (match.scoreSpeaker === false) {
      score.unscored += 1;
      score.byKind[match.speakerKind].unscored += 1;
    } else if (isSpeakerRight(match, prediction, names)) {
      score.speakerRight += 1;
      score.byKind[match.speakerKind].speakerRight += 1;
    } else {
      score.misses.push({ type: 'wrong-speaker', paragraph: match.paragraph, text: match.text, expected: describeSpeaker(match.speaker, match.speakerKind), predicted: describeSpeaker(prediction.speaker, prediction.speakerKind), gold: match, prediction });
    }
  }
  gold.forEach((quote, index) => {
    score.byKind[quote.speakerKind].gold += 1;
    if (!used.has(index)) score.misses.push({ type: 'missed', paragraph: quote.paragraph, text: quote.text, expected: describeSpeaker(quote.speaker, quote.speakerKind), predicted: '', gold: quote });
  });
  return score;
}

/** Adds one score into a running total (misses are kept per article by the caller). */
export function addScore(total: Score, part: Score): Score {
  const kinds = Object.keys(total.byKind) as GoldKind[];
  for (const kind of kinds) {
    total.byKind[kind].gold += part.byKind[kind].gold;
    total.byKind[kind].matched += part.byKind[kind].matched;
    total.byKind[kind].speakerRight += part.byKind[kind].speakerRight;
    total.byKind[kind].unscored += part.byKind[kind].unscored;
  }
  total.unscored += part.unscored;
  total.predictions += part.predictions;
  total.gold += part.gold;
  total.matched += part.matched;
  total.speakerRight += part.speakerRight;
  return total;
}

/** Precision, recall and speaker accuracy of a score; 0 when there is nothing to divide by. */
export function rates(score: Score): { precision: number; recall: number; speakerAccuracy: number } {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { precision: ratio(score.matched, score.predictions), recall: ratio(score.matched, score.gold), speakerAccuracy: ratio(score.speakerRight, score.matched - score.unscored) };
}
