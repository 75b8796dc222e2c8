/**
 * Keeps the people-and-organisations list (the registry) between analyses of a changing article,
 * so an edit that does not change who the article names keeps the same `Entity` objects.
 *
 * What the registry holds before the sieve runs is decided by the article's name runs in document
 * order and by the sources, and by nothing else: each full run adds what `runRecord` says (worked
 * out from its paragraph's tokens), short forms and one-word people are merged by the entities
 * alone, and a one-word run (`Durbin said`) names the person `findPersonByWord` finds, which
 * depends on the entities and on which full mentions come before it. So when the runs' records
 * and one-word names, in order, and the sources are the same as last time, the registry is the
 * same but for where each mention sits; it is then kept, with the sieve's changes of the last run
 * undone and the mentions moved to where their runs now are. Otherwise it is built afresh.
 */
import type { ArticleModel, ParagraphModel } from './article';
import { parseRun, type NameRun } from './names';
import { buildRegistry, runRecord, type Entity, type Mention, type Registry, type RunRecord } from './registry';
import { findPersonByWord, forgetPeopleIndex } from './personLookup';
import { addSingleWordMentions, mergeSingleWordPeople } from './resolve';
import { hasSameFields, isSameList } from './sameFields';
import type { AnalyserSource } from './types';

/**
 * A paragraph's name runs that may add to the registry, what each adds (runs whose parts are equal
 * add the same things), and for a one-word name that adds nothing else (`Durbin said`) the word.
 */
interface ParagraphRuns {
  runs: NameRun[];
  signatures: RunPart[];
  singles: (string | null)[];
}

/** What one run adds to the registry: its record and, for a one-word name, the word. */
interface RunPart {
  record: Readonly<RunRecord>;
  single: string | null;
}

/** Record fields are strings, numbers, booleans, null, or lists of strings. */
const isSameValue = (x: unknown, y: unknown): boolean => x === y || (Array.isArray(x) && Array.isArray(y) && isSameList(x, y));

/** True when two runs add the same things to the registry. */
function isSamePart(a: RunPart | undefined, b: RunPart): boolean {
  return a !== undefined && (a === b || (a.single === b.single && hasSameFields(a.record, b.record, isSameValue)));
}

const paragraphRuns = new WeakMap<readonly NameRun[], ParagraphRuns>();

function runsOf(paragraph: ParagraphModel): ParagraphRuns {
  let found = paragraphRuns.get(paragraph.runs);
  if (found === undefined) {
    found = { runs: [], signatures: [], singles: [] };
    for (const run of paragraph.runs) {
      const parsed = parseRun(run);
      const record = runRecord(paragraph, run);
      const single = parsed.kind === 'single' ? (parsed.name[0] ?? '') : null;
      // A run that is neither recorded nor a one-word name adds nothing.
      if (record.kind === 'skip' && single === null) continue;
      found.runs.push(run);
      found.signatures.push({ record, single });
      found.singles.push(record.kind === 'skip' ? single : null);
    }
    paragraphRuns.set(paragraph.runs, found);
  }
  return found;
}

/**
 * The runs of an article that change the registry, in document order: a one-word name that names
 * no one on the list (`Tuesday`, a sentence opener) adds nothing, wherever it is, so it is left out.
 */
interface RunList {
  signatures: RunPart[];
  paragraphs: ParagraphModel[];
  runs: NameRun[];
  starts: number[];
}

function runListOf(article: ArticleModel, names: (word: string) => boolean): RunList {
  const list: RunList = { signatures: [], paragraphs: [], runs: [], starts: [] };
  for (const paragraph of article.paragraphs) {
    list.starts.push(list.signatures.length);
    const found = runsOf(paragraph);
    for (let index = 0; index < found.runs.length; index += 1) {
      const single = found.singles[index];
      if (single !== null && single !== undefined && !names(single)) continue;
      list.signatures.push(found.signatures[index] as RunPart);
      list.paragraphs.push(paragraph);
      list.runs.push(found.runs[index] as NameRun);
    }
  }
  list.starts.push(list.signatures.length);
  return list;
}

/** Whether a one-word name names someone on a registry as the sieve first meets it (`addSingleWordMentions`' question). */
function namesSomeone(registry: Registry, answers: Map<string, boolean>): (word: string) => boolean {
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = findPersonByWord(registry, word, { paragraph: 0, token: 0 }) !== undefined;
      answers.set(word, answer);
    }
    return answer;
  };
}

/** The registry as the sieve first met it, and what is needed to return it to that state. */
interface Kept {
  registry: Registry;
  sources: string;
  signatures: RunPart[];
  /** For each run of `signatures`, the mention it made, if any. */
  mentionOfRun: (Mention | null)[];
  entityCount: number;
  byKey: Map<string, Entity>;
  changeCount: number;
  /** `namesSomeone`'s answers on this registry. */
  names: Map<string, boolean>;
  /** The paragraphs these runs were read from, and where each one's runs start in `signatures` (one more than there are paragraphs). */
  models: readonly ParagraphModel[];
  starts: number[];
}

/** Counts of registries built and kept, for tests that check an edit reuses the list. */
export interface RegistryStats {
  built: number;
  kept: number;
}

/** What one analyser keeps between analyses (see `registryFor`). */
export class RegistryMemory {
  kept: Kept | null = null;
  stats: RegistryStats = { built: 0, kept: 0 };
}

/** Undoes what the sieve changed in the registry after it was built: people it created and kinds it changed. */
function undoSieve(kept: Kept): void {
  const { registry } = kept;
  for (let index = registry.changes.length - 1; index >= kept.changeCount; index -= 1) {
    const change = registry.changes[index];
    if (change?.type !== 'kind') continue;
    const entity = registry.entities[change.id];
    // A change is logged only when the kind differs, and there are two kinds.
    if (entity && change.id < kept.entityCount) entity.kind = change.kind === 'person' ? 'organisation' : 'person';
  }
  registry.changes.length = kept.changeCount;
  registry.entities.length = kept.entityCount;
  registry.byKey = new Map(kept.byKey);
  forgetPeopleIndex(registry);
}

/** The mention `old` made by `run`, moved to where the run now is (the same object when it has not moved). */
function movedMention(old: Mention, paragraph: ParagraphModel, run: NameRun): Mention {
  const start = paragraph.tokens[run.start]?.start ?? 0;
  const end = paragraph.tokens[run.end - 1]?.end ?? 0;
  if (old.paragraph === paragraph.index && old.startToken === run.start && old.endToken === run.end && old.start === start && old.end === end) return old;
  // In `pushMention`'s field order (not a spread copy, which would get another hidden class and deoptimise code optimised for the first).
  return { entity: old.entity, paragraph: paragraph.index, startToken: run.start, endToken: run.end, start, end, isFull: old.isFull, isIdentified: old.isIdentified };
}

/**
 * When `article`'s runs that change the registry are those the kept registry was built from, in
 * order, the kept registry's mentions moved to where their runs now are; else null. A paragraph
 * model unchanged at the same place has the same runs and mentions, so it is passed over whole.
 */
function keptMentions(kept: Kept, article: ArticleModel): Mention[] | null {
  const names = namesSomeone(kept.registry, kept.names);
  const mentions: Mention[] = [];
  const starts: number[] = [];
  const mentionOfRun = kept.mentionOfRun;
  let at = 0;
  article.paragraphs.forEach((paragraph, index) => {
    starts.push(at);
    if (at < 0) return;
    if (kept.models[index] === paragraph && kept.starts[index] === at) {
      const end = kept.starts[index + 1] as number;
      for (; at < end; at += 1) {
        const old = mentionOfRun[at];
        if (old) mentions.push(old);
      }
      return;
    }
    const found = runsOf(paragraph);
    for (let run = 0; run < found.runs.length; run += 1) {
      const single = found.singles[run];
      if (single !== null && single !== undefined && !names(single)) continue;
      if (!isSamePart(kept.signatures[at], found.signatures[run] as RunPart)) {
        at = -1;
        return;
      }
      const old = mentionOfRun[at];
      if (old) {
        const moved = movedMention(old, paragraph, found.runs[run] as NameRun);
        mentionOfRun[at] = moved;
        mentions.push(moved);
      }
      at += 1;
    }
  });
  if (at !== kept.signatures.length) return null;
  starts.push(at);
  kept.models = article.paragraphs;
  kept.starts = starts;
  return mentions;
}

function keep(registry: Registry, sources: string, article: ArticleModel): Kept {
  const names = new Map<string, boolean>();
  const list = runListOf(article, namesSomeone(registry, names));
  const byPlace = new Map<string, Mention>();
  for (const mention of registry.mentions) byPlace.set(`${mention.paragraph}:${mention.startToken}`, mention);
  const mentionOfRun = list.runs.map((run, index) => byPlace.get(`${(list.paragraphs[index] as ParagraphModel).index}:${run.start}`) ?? null);
  return {
    registry, sources, signatures: list.signatures, mentionOfRun, entityCount: registry.entities.length, byKey: new Map(registry.byKey),
    changeCount: registry.changes.length, names, models: article.paragraphs, starts: list.starts,
  };
}

/**
 * The registry of `article` as `buildRegistry` followed by `mergeSingleWordPeople` and
 * `addSingleWordMentions` gives it, reusing `memory`'s registry (its very objects) when the name
 * runs and sources decide the same one. The returned registry belongs to this analysis until the
 * next call, which may reset and reuse it. `sourceKey` is `sources` as JSON (an analysis makes it once).
 */
export function registryFor(article: ArticleModel, sources: readonly AnalyserSource[], memory?: RegistryMemory, sourceKey = JSON.stringify(sources)): Registry {
  const kept = memory?.kept ?? null;
  if (memory && kept && kept.sources === sourceKey) {
    undoSieve(kept);
    const mentions = keptMentions(kept, article);
    if (mentions) {
      kept.registry.mentions = mentions;
      memory.stats.kept += 1;
      return kept.registry;
    }
  }
  const registry = buildRegistry(article, sources);
  mergeSingleWordPeople(registry);
  addSingleWordMentions(registry, article);
  if (memory) {
    memory.kept = keep(registry, sourceKey, article);
    memory.stats.built += 1;
  }
  return registry;
}
