import type { Source } from '../../shared/article/model';
import type { AttributionResult, DetectedQuote } from '../../shared/attribution/types';
import type { NamedSpeaker, ProposedSource } from './types';

/** Sources proposed for an imported article, and the real id given to each pull-quote speaker. */
export interface ProposedSources {
  sources: Source[];
  proposed: ProposedSource[];
  idForSpeaker: Map<string, string>;
}

/** Key two spellings of one name share: case, spacing and apostrophe style ignored. */
export function canonicalName(name: string): string {
  return name.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Turns the speakers the file names (pull-quote attributions) and the analyser finds into
 * article sources, one per canonical name: named people on the record, organisations, and
 * descriptive speakers as anonymous with an empty reason so the review flags them.
 */
export function proposeSources(
  speakers: NamedSpeaker[],
  analysis: AttributionResult | null,
  newId: () => string,
): ProposedSources {
  const byName = new Map<string, ProposedSource>();
  const idForSpeaker = new Map<string, string>();
  for (const speaker of speakers) {
    const entry = upsert(byName, speaker.name, () => ({ kind: 'person', level: 'on-record', title: speaker.title }), newId);
    entry.quotes += 1;
    if (!entry.title) entry.title = speaker.title;
    idForSpeaker.set(speaker.localId, entry.id);
  }
  for (const quote of analysis?.quotes ?? []) {
    const shape = sourceShape(quote);
    if (!shape || !quote.speaker) continue;
    const entry = upsert(byName, quote.speaker, () => shape, newId);
    entry.quotes += 1;
    if (!entry.title && shape.title) entry.title = shape.title;
  }
  const proposed = [...byName.values()];
  return { sources: proposed.map(toSource), proposed, idForSpeaker };
}

type SourceShape = Pick<ProposedSource, 'kind' | 'level' | 'title'>;

function sourceShape(quote: DetectedQuote): SourceShape | null {
  switch (quote.speakerKind) {
    case 'named':
      return { kind: 'person', level: 'on-record', title: quote.title };
    case 'organisation':
      return { kind: 'organisation', level: 'on-record', title: '' };
    case 'descriptive':
      return { kind: 'person', level: 'anonymous', title: '' };
    default:
      return null;
  }
}

function upsert(
  byName: Map<string, ProposedSource>,
  name: string,
  shape: () => SourceShape,
  newId: () => string,
): ProposedSource {
  const key = canonicalName(name);
  const existing = byName.get(key);
  if (existing) return existing;
  const created: ProposedSource = { id: newId(), name: name.trim(), quotes: 0, ...shape() };
  byName.set(key, created);
  return created;
}

function toSource(proposed: ProposedSource): Source {
  return {
    id: proposed.id,
    kind: proposed.kind,
    name: proposed.name,
    title: proposed.title,
    affiliation: '',
    level: proposed.level,
    anonymityReason: '',
    contactNote: '',
    identity: '',
  };
}
