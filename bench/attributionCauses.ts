/**
 * Sorts the analyser's errors on a gold set by cause, so a benchmark run says what kind of
 * mistake is left (wrong speaker: object of the verb, label kept, pronoun …; missed quote:
 * partial, dash, transcript …) rather than only how many.
 */
import { isSameNameLenient, type Miss } from '../shared/attribution/score';
import type { DetectedQuote } from '../shared/attribution/types';

/** Counts of errors per cause, one map per error type. */
export interface CauseTally {
  wrongSpeaker: Map<string, number>;
  missed: Map<string, number>;
  spurious: Map<string, number>;
  /** A few examples per `type: cause`, for `--verbose`. */
  examples: Map<string, string[]>;
}

/** An empty tally. */
export function emptyCauses(): CauseTally {
  return { wrongSpeaker: new Map(), missed: new Map(), spurious: new Map(), examples: new Map() };
}

function nameWords(name: string): string[] {
  return name.trim().split(/\s+/).filter((word) => word !== '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const objectLead = /\b(?:told|tells|tell|telling|asked|asks|urged|thanked|called|praised|attacked|criticized|criticised|to|at|with|for|against|about|on)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

function isObjectOfVerb(prediction: DetectedQuote, paragraph: string): boolean {
  const surname = nameWords(prediction.speaker ?? '').pop();
  if (!surname || !/^\p{Lu}/u.test(surname)) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu');
  for (const match of paragraph.matchAll(pattern)) {
    if (objectLead.test(paragraph.slice(Math.max(0, match.index - 60), match.index))) return true;
  }
  return false;
}

function isLabelKept(predicted: string, gold: string): boolean {
  const words = nameWords(predicted);
  for (let drop = 1; drop < words.length; drop += 1) {
    if (isSameNameLenient(words.slice(drop).join(' '), gold)) return true;
  }
  const rest = predicted.replace(/\s+(?:of|from)\s+.*$/u, '').replace(/\s*\(.*$/u, '');
  return rest !== predicted && isSameNameLenient(rest, gold);
}

function isNamesake(predicted: string, gold: string): boolean {
  const a = nameWords(predicted).map((word) => word.toLowerCase());
  const b = nameWords(gold).map((word) => word.toLowerCase());
  return a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1];
}

/** Why a matched quote got the wrong speaker. */
export function wrongSpeakerCause(miss: Miss, prediction: DetectedQuote, paragraph: string): string {
  const gold = miss.gold;
  const predicted = prediction.speaker ?? '';
  if (!gold) return 'other';
  if (predicted === '') return gold.speakerKind === 'unknown' ? 'other' : 'none found';
  if (gold.speakerKind === 'unknown') return 'named an unknown speaker';
  if (gold.speakerKind === 'named' && isLabelKept(predicted, gold.speaker)) return 'label kept';
  if (gold.speakerKind === 'named' && isNamesake(predicted, gold.speaker)) return 'namesake';
  if (prediction.rule === 'pronoun') return 'pronoun';
  if (gold.speakerKind === 'organisation') return 'organisation';
  if (gold.speakerKind === 'descriptive') return 'unnamed source';
  if (prediction.speakerKind === 'named' && !/^\p{Lu}/u.test(predicted)) return 'common word';
  if (isObjectOfVerb(prediction, paragraph)) return 'object of verb';
  if (prediction.rule === 'continuation' || prediction.rule === 'previous-paragraph') return 'carried over';
  return 'other person';
}

function overlaps(text: string, others: readonly string[]): boolean {
  const plain = text.trim().toLowerCase();
  return plain.length > 0 && others.some((other) => {
    const candidate = other.trim().toLowerCase();
    return candidate.length > 0 && (candidate.includes(plain) || plain.includes(candidate));
  });
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Why a gold quote was not found. */
export function missedCause(miss: Miss, paragraph: string, predictedTexts: readonly string[]): string {
  const text = miss.gold?.text ?? miss.text;
  if (overlaps(text, predictedTexts)) return 'span differs';
  if (/^\s*[\p{Lu}][\p{Lu}.'’ -]+:/u.test(paragraph)) return 'transcript';
  const at = paragraph.indexOf(text);
  const after = at >= 0 ? paragraph.slice(at + text.length, at + text.length + 6) : '';
  if (/^["”»]?\s*[―—–-]/u.test(after)) return 'dash';
  if (wordCount(text) <= 5) return 'partial';
  if (at < 0) return 'marks';
  return 'not taken as a statement';
}

/** Why a prediction matched no gold quote. */
export function spuriousCause(miss: Miss, paragraph: string, goldTexts: readonly string[]): string {
  const text = miss.prediction?.text ?? miss.text;
  if (overlaps(text, goldTexts)) return 'span differs';
  const words = wordCount(text);
  if (words <= 5 && /^[\p{Lu}\d]/u.test(text.trim())) return 'title or name';
  if (words <= 5) return 'short phrase';
  if (!paragraph.includes(text)) return 'marks';
  return 'not in gold';
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Adds one article's misses to the tally. */
export function tallyCauses(tally: CauseTally, id: string, misses: readonly Miss[], predictions: readonly DetectedQuote[], paragraphs: readonly string[]): void {
  const predictedTexts = predictions.map((quote) => quote.text);
  const goldTexts = misses.filter((miss) => miss.type === 'missed').map((miss) => miss.text);
  for (const miss of misses) {
    const paragraph = paragraphs[miss.paragraph] ?? '';
    let map: Map<string, number>;
    let cause: string;
    if (miss.type === 'wrong-speaker') {
      const prediction = predictions.find((quote) => quote === miss.prediction);
      map = tally.wrongSpeaker;
      cause = prediction ? wrongSpeakerCause(miss, prediction, paragraph) : 'other';
    } else if (miss.type === 'missed') {
      map = tally.missed;
      cause = missedCause(miss, paragraph, predictedTexts.filter((text) => paragraph.includes(text)));
    } else {
      map = tally.spurious;
      cause = spuriousCause(miss, paragraph, goldTexts);
    }
    bump(map, cause);
    const key = `${miss.type}: ${cause}`;
    const list = tally.examples.get(key) ?? [];
    const excerpt = miss.text.length > 60 ? `${miss.text.slice(0, 57)}…` : miss.text;
    list.push(`${id} p${miss.paragraph} "${excerpt}" expected: ${miss.expected || '-'} got: ${miss.predicted || '-'}`);
    tally.examples.set(key, list);
  }
}
