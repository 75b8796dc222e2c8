import { checkStyleCached, type StyleCache } from '../../shared/style/check';
import { defaultStyleLevels, type StyleLevel, type StyleRuleId } from '../../shared/style/rules';
import type { StyleReply, StyleUpdate, TextSplice } from './styleProtocol';

/** The style worker's side of the protocol, free of worker APIs so it can be tested in Node. */
export interface StyleHost {
  /** Applies an update to the texts and levels it keeps; throws on a splice that does not fit them. */
  apply(update: StyleUpdate): void;
  /** Checks the texts as they now stand, answering for the newest update applied. */
  check(): StyleReply;
  /** Texts currently held. */
  readonly textCount: number;
  /** Texts parsed by retext since the host started (a text met before with the same levels is answered from the cache). */
  readonly parsedTexts: number;
}

function spliceTexts(texts: string[], splice: TextSplice): void {
  const { start, deleteCount } = splice;
  if (!Number.isInteger(start) || !Number.isInteger(deleteCount) || start < 0 || deleteCount < 0 || start + deleteCount > texts.length) {
    throw new RangeError(`style update: splice at ${start} removing ${deleteCount} does not fit ${texts.length} texts`);
  }
  const tail = texts.splice(start + deleteCount);
  texts.length = start;
  for (const text of splice.texts) texts.push(text);
  for (const text of tail) texts.push(text);
}

/**
 * Keeps one article's checked texts between messages and checks them against the house style,
 * parsing only texts it has not seen (per text, through a `StyleCache`). Updates must arrive in
 * order: a version that does not grow is a programming error.
 */
export function createStyleHost(now: () => number = () => performance.now()): StyleHost {
  const texts: string[] = [];
  const cache: StyleCache = new Map();
  let levels: Record<StyleRuleId, StyleLevel> = { ...defaultStyleLevels };
  let version = 0;
  let parsedTexts = 0;
  let lastSent = { text: '', version: 0 };
  return {
    get textCount() {
      return texts.length;
    },
    get parsedTexts() {
      return parsedTexts;
    },
    apply(update) {
      if (update.version <= version) throw new RangeError(`style update: version ${update.version} after ${version}`);
      for (const splice of update.splices) spliceTexts(texts, splice);
      if (update.levels) levels = { ...update.levels };
      version = update.version;
    },
    check() {
      const started = now();
      try {
        const before = cache.size;
        const findings = checkStyleCached(texts, levels, cache);
        parsedTexts += Math.max(0, cache.size - before);
        const text = JSON.stringify(findings);
        const checkMs = now() - started;
        if (text === lastSent.text) return { type: 'unchanged', version, sameAs: lastSent.version, checkMs };
        lastSent = { text, version };
        return { type: 'result', version, findings, checkMs };
      } catch (error) {
        return { type: 'failed', version, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
