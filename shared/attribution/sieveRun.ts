/**
 * The sieve's driver. The sieve carries state through the article (the history of speakers, the
 * quotes found, the people it adds to the registry); all three only grow, so their lengths at
 * each paragraph boundary are a complete snapshot. After an edit the next run starts at the first
 * changed paragraph with the state the last run had there, and stops at the first boundary past
 * the edit where its state equals the last run's: the rest is the last run's answer, moved.
 */
import type { ParagraphModel } from './article';
import type { Entity, Mention, Registry, RegistryChange } from './registry';
import { replayChange } from './resolve';
import { isSameList } from './sameFields';
import { attributeParagraph, type AttributedQuote, type SieveInput } from './sieve';
import { moved, reusableEdit, shapeOf, type Edit, type RegistryShape } from './sieveEdit';
import type { HistoryEntry, Speaker, SpeakerContext } from './speakerContext';

/**
 * Paragraphs after the edit that always run again: the rules read the tokens of at most the two
 * paragraphs before the one they attribute (a pronoun's look-back in `pronouns.ts`), so these
 * may answer differently although their own text did not change. One more for margin.
 */
const textReach = 3;

/** Lengths of the sieve's growing state at a paragraph boundary. */
interface Checkpoint {
  found: number;
  history: number;
  changes: number;
}

/** What the last sieve run read and found, with its state at each paragraph boundary. */
export interface LastRun {
  paragraphs: readonly ParagraphModel[];
  /** The registry the run read, and its shape as the sieve first saw it. */
  registry: Registry;
  shape: RegistryShape;
  /** The registry's mentions as the sieve first saw them. */
  mentions: readonly Mention[];
  verbs: unknown;
  sources: string;
  links: SieveInput['links'];
  found: AttributedQuote[];
  history: HistoryEntry[];
  changes: RegistryChange[];
  /** `checkpoints[b]`: the state before paragraph `b`; one more than there are paragraphs. */
  checkpoints: Checkpoint[];
}

/** Which paragraphs the last run attributed afresh; the others were taken from the run before. */
export interface SieveRunStats {
  from: number;
  to: number;
  isResumed: boolean;
  /** True when the run read the registry the last run read (kept between analyses), so its shape was not built and compared again. */
  isRegistryKept: boolean;
}

/** What one analyser keeps between sieve runs (see `runSieve`). */
export class SieveMemory {
  last: LastRun | null = null;
  stats: SieveRunStats = { from: 0, to: 0, isResumed: false, isRegistryKept: false };
}

/**
 * Speakers of the last run already pointed at a registry: quotes and history share speaker objects, so each is copied once.
 * Copies here (speakers, quotes) are written out field by field in the order the sieve's literals use: a spread copy gets
 * another hidden class, and the rules' code, optimised during the full analysis, would deoptimise on the first keystroke.
 */
const speakersIn = new WeakMap<Registry, Map<Speaker, Speaker>>();

function speakerIn(registry: Registry, speaker: Speaker): Speaker {
  // A registry kept between analyses (`registryMemory.ts`) has the same entities: nothing to copy.
  if (!speaker.entity || registry.entities[speaker.entity.id] === speaker.entity) return speaker;
  let copies = speakersIn.get(registry);
  if (!copies) {
    copies = new Map();
    speakersIn.set(registry, copies);
  }
  let copy = copies.get(speaker);
  if (!copy) {
    copy = { name: speaker.name, kind: speaker.kind, title: speaker.title, entity: registry.entities[speaker.entity.id] as Entity };
    copies.set(speaker, copy);
  }
  return copy;
}

function isSameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.name === b.name && a.kind === b.kind && a.title === b.title && a.entity?.id === b.entity?.id;
}

function isSameEntry(edit: Edit, old: HistoryEntry, now: HistoryEntry): boolean {
  return now.paragraph === moved(edit, old.paragraph) && now.token === old.token && isSameSpeaker(old.speaker, now.speaker);
}

function isSameChange(a: RegistryChange, b: RegistryChange): boolean {
  if (a.type === 'kind') return b.type === 'kind' && a.id === b.id && a.kind === b.kind;
  return b.type === 'create' && a.kind === b.kind && a.title === b.title && isSameList(a.words, b.words);
}

/**
 * Follows how far the new run's history and registry changes agree with the last run's, entry by
 * entry as they are added; once an entry differs the two states can never be equal again.
 */
class Agreement {
  history: number;
  changes: number;
  isLost = false;

  constructor(
    private readonly edit: Edit,
    private readonly last: LastRun,
    start: Checkpoint,
    /** Where the sieve's own changes start in the registry's log. */
    private readonly changesBefore: number,
  ) {
    this.history = start.history;
    this.changes = start.changes;
  }

  /** True when the state after the new run's boundary equals the last run's state at `old`. */
  holdsAt(history: readonly HistoryEntry[], log: readonly RegistryChange[], old: Checkpoint): boolean {
    if (this.isLost) return false;
    const { last, edit, changesBefore } = this;
    const made = log.length - changesBefore;
    while (this.history < history.length && this.history < last.history.length) {
      if (!isSameEntry(edit, last.history[this.history] as HistoryEntry, history[this.history] as HistoryEntry)) return this.lose();
      this.history += 1;
    }
    while (this.changes < made && this.changes < last.changes.length) {
      if (!isSameChange(last.changes[this.changes] as RegistryChange, log[changesBefore + this.changes] as RegistryChange)) return this.lose();
      this.changes += 1;
    }
    return history.length === old.history && this.history === old.history && made === old.changes && this.changes === old.changes;
  }

  private lose(): false {
    this.isLost = true;
    return false;
  }
}

/** The last run's entries and quotes are never changed once made, so one that neither moved nor changed speaker is reused. */
function entryIn(registry: Registry, entry: HistoryEntry, paragraph: number): HistoryEntry {
  const speaker = speakerIn(registry, entry.speaker);
  return paragraph === entry.paragraph && speaker === entry.speaker ? entry : { paragraph, token: entry.token, speaker };
}

function quoteIn(registry: Registry, quote: AttributedQuote, paragraph: number): AttributedQuote {
  const speaker = speakerIn(registry, quote.speaker);
  const detected = speakerIn(registry, quote.detected);
  if (paragraph === quote.paragraph && speaker === quote.speaker && detected === quote.detected) return quote;
  return {
    paragraph, start: quote.start, end: quote.end, text: quote.text, speaker, cue: quote.cue, rule: quote.rule, explanation: quote.explanation,
    isAmbiguous: quote.isAmbiguous, linkedSourceId: quote.linkedSourceId, detected,
  };
}

/** The sieve's state before paragraph `edit.from`, taken from the last run and pointed at this run's registry. */
function restore(last: LastRun, edit: Edit, registry: Registry, context: SpeakerContext, found: AttributedQuote[]): Checkpoint {
  const start = last.checkpoints[edit.from] as Checkpoint;
  for (let index = 0; index < start.changes; index += 1) replayChange(registry, last.changes[index] as RegistryChange);
  for (let index = 0; index < start.history; index += 1) {
    const entry = last.history[index] as HistoryEntry;
    const copy = entryIn(registry, entry, entry.paragraph);
    context.history.push(copy);
    if (copy.speaker.entity) context.speakers.add(copy.speaker.entity);
  }
  for (let index = 0; index < start.found; index += 1) {
    const quote = last.found[index] as AttributedQuote;
    found.push(quoteIn(registry, quote, quote.paragraph));
  }
  return start;
}

/** Takes the last run's answer after old boundary `oldAt` as this run's, moved by the edit's shift. */
function takeRest(last: LastRun, edit: Edit, oldAt: number, registry: Registry, context: SpeakerContext, found: AttributedQuote[], checkpoints: Checkpoint[]): void {
  const at = last.checkpoints[oldAt] as Checkpoint;
  for (let index = at.changes; index < last.changes.length; index += 1) replayChange(registry, last.changes[index] as RegistryChange);
  for (let index = at.history; index < last.history.length; index += 1) {
    const entry = last.history[index] as HistoryEntry;
    context.history.push(entryIn(registry, entry, entry.paragraph + edit.shift));
  }
  for (let index = at.found; index < last.found.length; index += 1) {
    const quote = last.found[index] as AttributedQuote;
    found.push(quoteIn(registry, quote, quote.paragraph + edit.shift));
  }
  for (let boundary = oldAt + 1; boundary < last.checkpoints.length; boundary += 1) checkpoints.push(last.checkpoints[boundary] as Checkpoint);
}

/**
 * Runs the sieve over the article, reusing `memory`'s last run where the edit since cannot have
 * changed the answer: the registry the rules read must be the same but for the edit (same people,
 * same mentions moved by the edit's shift), and so must the links, sources and verbs; otherwise
 * every paragraph runs. The answer always equals a run from the start. `sources` is
 * `input.sources` as JSON (a caller that made it already passes it).
 */
export function runSieve(input: SieveInput, context: SpeakerContext, memory?: SieveMemory, sources = JSON.stringify(input.sources)): AttributedQuote[] {
  const { registry } = context;
  const paragraphs = input.article.paragraphs;
  const last = memory?.last ?? null;
  // The registry as the sieve first sees it, before the run changes it. A registry kept from the last
  // run (the same object, the sieve's changes undone: `registryMemory.ts`) has the last run's shape.
  const mentions = registry.mentions;
  const shape = last && last.registry === registry ? last.shape : shapeOf(registry);
  const edit = memory ? reusableEdit(last, input, registry, shape, sources) : null;
  const found: AttributedQuote[] = [];
  const changesBefore = registry.changes.length;
  const checkpoints: Checkpoint[] = [];
  let from = 0;
  let agreement: Agreement | null = null;
  if (last && edit) {
    const start = restore(last, edit, registry, context, found);
    for (let boundary = 0; boundary <= edit.from; boundary += 1) checkpoints.push(last.checkpoints[boundary] as Checkpoint);
    from = edit.from;
    agreement = new Agreement(edit, last, start, changesBefore);
  } else {
    checkpoints.push({ found: 0, history: 0, changes: 0 });
  }
  let to = paragraphs.length;
  for (let index = from; index < paragraphs.length; index += 1) {
    attributeParagraph(input, context, paragraphs[index] as ParagraphModel, found);
    const made = registry.changes.length - changesBefore;
    checkpoints.push({ found: found.length, history: context.history.length, changes: made });
    const boundary = index + 1;
    if (!last || !edit || !agreement || boundary < edit.newEnd + textReach || boundary >= paragraphs.length) continue;
    const oldAt = boundary - edit.shift;
    if (agreement.holdsAt(context.history, registry.changes, last.checkpoints[oldAt] as Checkpoint)) {
      to = boundary;
      takeRest(last, edit, oldAt, registry, context, found, checkpoints);
      break;
    }
  }
  if (memory) {
    memory.last = { paragraphs, registry, shape, mentions, verbs: input.verbs, sources, links: input.links, found, history: context.history, changes: registry.changes.slice(changesBefore), checkpoints };
    memory.stats = { from, to, isResumed: edit !== null, isRegistryKept: shape === last?.shape };
  }
  return found;
}
