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
import { buildRegistry, runRecord, type Entity, type Mention, type Registry } from './registry';
import { addSingleWordMentions, forgetPeopleIndex, mergeSingleWordPeople } from './resolve';
import type { AnalyserSource } from './types';

/** Each paragraph's name runs' parts in building the registry, as strings: equal strings add the same things. */
const runSignatures = new WeakMap<readonly NameRun[], string[]>();

function signaturesOf(paragraph: ParagraphModel): string[] {
  let signatures = runSignatures.get(paragraph.runs);
  if (signatures === undefined) {
    signatures = paragraph.runs.map((run) => {
      const parsed = parseRun(run);
      const single = parsed.kind === 'single' ? (parsed.name[0] ?? '') : null;
      return JSON.stringify([runRecord(paragraph, run), single]);
    });
    runSignatures.set(paragraph.runs, signatures);
  }
  return signatures;
}

/** The article's name runs in document order, paragraph by paragraph, with what each adds to the registry. */
interface RunList {
  /** Per paragraph, its runs' signatures (the same array while the paragraph's runs are the same). */
  signatures: string[][];
  count: number;
}

function runListOf(article: ArticleModel): RunList {
  const signatures = article.paragraphs.map(signaturesOf);
  let count = 0;
  for (const list of signatures) count += list.length;
  return { signatures, count };
}

/** True when both articles' runs, read in order across paragraphs, have the same signatures. */
function isSameRuns(a: RunList, b: RunList): boolean {
  if (a.count !== b.count) return false;
  // A cursor into `a`: paragraph and offset, kept at the start of a paragraph where it can be.
  let paragraph = 0;
  let offset = 0;
  const settle = (): void => {
    while (paragraph < a.signatures.length && offset >= (a.signatures[paragraph] as string[]).length) {
      paragraph += 1;
      offset = 0;
    }
  };
  settle();
  for (let index = 0; index < b.signatures.length; index += 1) {
    const list = b.signatures[index] as string[];
    if (list.length === 0) continue;
    if (offset === 0 && a.signatures[paragraph] === list) {
      paragraph += 1;
      settle();
      continue;
    }
    for (const signature of list) {
      settle();
      if ((a.signatures[paragraph] as string[] | undefined)?.[offset] !== signature) return false;
      offset += 1;
    }
    settle();
  }
  return true;
}

/** The registry as the sieve first met it, and what is needed to return it to that state. */
interface Kept {
  registry: Registry;
  sources: string;
  runs: RunList;
  /** For each run of `signatures`, the mention it made, if any. */
  mentionOfRun: (Mention | null)[];
  entityCount: number;
  byKey: Map<string, Entity>;
  changeCount: number;
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

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
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

/** The mentions of the kept registry, each where its run now is (the same object when it has not moved). */
function movedMentions(kept: Kept, article: ArticleModel): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.runs) {
      const old = kept.mentionOfRun[at];
      at += 1;
      if (!old) continue;
      if (old.paragraph === paragraph.index && old.startToken === run.start && old.endToken === run.end) {
        const start = paragraph.tokens[run.start]?.start ?? 0;
        const end = paragraph.tokens[run.end - 1]?.end ?? 0;
        if (old.start === start && old.end === end) {
          mentions.push(old);
          continue;
        }
      }
      const start = paragraph.tokens[run.start]?.start ?? 0;
      const end = paragraph.tokens[run.end - 1]?.end ?? 0;
      const moved = { ...old, paragraph: paragraph.index, startToken: run.start, endToken: run.end, start, end };
      kept.mentionOfRun[at - 1] = moved;
      mentions.push(moved);
    }
  }
  return mentions;
}

function keep(registry: Registry, sources: string, runs: RunList, article: ArticleModel): Kept {
  const byPlace = new Map<string, Mention>();
  for (const mention of registry.mentions) byPlace.set(`${mention.paragraph}:${mention.startToken}`, mention);
  const mentionOfRun: (Mention | null)[] = [];
  for (const paragraph of article.paragraphs) for (const run of paragraph.runs) mentionOfRun.push(byPlace.get(`${paragraph.index}:${run.start}`) ?? null);
  return { registry, sources, runs, mentionOfRun, entityCount: registry.entities.length, byKey: new Map(registry.byKey), changeCount: registry.changes.length };
}

/**
 * The registry of `article` as `buildRegistry` followed by `mergeSingleWordPeople` and
 * `addSingleWordMentions` gives it, reusing `memory`'s registry (its very objects) when the name
 * runs and sources decide the same one. The returned registry belongs to this analysis until the
 * next call, which may reset and reuse it.
 */
export function registryFor(article: ArticleModel, sources: readonly AnalyserSource[], memory?: RegistryMemory): Registry {
  const runs = runListOf(article);
  const sourceKey = JSON.stringify(sources);
  const kept = memory?.kept ?? null;
  if (memory && kept && kept.sources === sourceKey && isSameRuns(kept.runs, runs)) {
    undoSieve(kept);
    kept.registry.mentions = movedMentions(kept, article);
    kept.runs = runs;
    memory.stats.kept += 1;
    return kept.registry;
  }
  const registry = buildRegistry(article, sources);
  mergeSingleWordPeople(registry);
  addSingleWordMentions(registry, article);
  if (memory) {
    memory.kept = keep(registry, sourceKey, runs, article);
    memory.stats.built += 1;
  }
  return registry;
}
