/**
 * What speaker resolution shares: the resolved speaker, the history of attributions so far and
 * the per-article indexes (mentions by paragraph, mention counts) the rules look up.
 */
import type { ArticleModel } from './article';
import { entityName, type Entity, type Mention, type Registry } from './registry';
import type { SpeakerKind } from './types';

/** A resolved speaker. */
export interface Speaker {
  name: string | null;
  kind: SpeakerKind;
  title: string;
  entity: Entity | null;
}

/** One attribution seen so far (a quote's speaker or a sentence's `X said`), in document order. */
export interface HistoryEntry {
  paragraph: number;
  token: number;
  speaker: Speaker;
}

/** Everything speaker resolution reads. */
export interface SpeakerContext {
  article: ArticleModel;
  registry: Registry;
  history: HistoryEntry[];
  mentionsByParagraph: Map<number, Mention[]>;
  mentionCounts: Map<Entity, number>;
  /** Entities that have spoken so far (the speakers in `history`). */
  speakers: Set<Entity>;
}

/** Records an attribution so later pronouns and carried quotes can refer back to it. */
export function remember(context: SpeakerContext, entry: HistoryEntry): void {
  context.history.push(entry);
  if (entry.speaker.entity) context.speakers.add(entry.speaker.entity);
}

/** The empty speaker. */
export const noSpeaker: Speaker = { name: null, kind: 'none', title: '', entity: null };

/** A speaker for an entity. */
export function entitySpeaker(entity: Entity): Speaker {
  return { name: entityName(entity), kind: entity.kind === 'person' ? 'named' : 'organisation', title: entity.title, entity };
}

/** Index of the first mention at or after `token` (mentions of a paragraph are in token order). */
export function firstAtOrAfter(mentions: readonly Mention[], token: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Mention).startToken < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

