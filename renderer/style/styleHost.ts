import { checkStyleCached, type StyleCache } from '../../shared/style/check';
import { defaultStyleLevels, type StyleLevel, type StyleRuleId } from '../../shared/style/rules';
import type { StyleFinding } from '../../shared/style/fixes';
import { checkVersion, sentAnswers, spliceInPlace } from '../worker/hostParts';
import type { StyleReply, StyleUpdate } from './styleProtocol';

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
  const sent = sentAnswers<StyleFinding[]>();
  return {
    get textCount() {
      return texts.length;
    },
    get parsedTexts() {
      return parsedTexts;
    },
    apply(update) {
      checkVersion('style update', update.version, version);
      for (const splice of update.splices) spliceInPlace(texts, splice, splice.texts, { update: 'style update', items: 'texts' });
      if (update.levels) levels = { ...update.levels };
      version = update.version;
    },
    check() {
      const started = now();
      try {
        const before = cache.size;
        const findings = checkStyleCached(texts, levels, cache);
        parsedTexts += Math.max(0, cache.size - before);
        const sameAs = sent.sameAs(findings, version);
        const checkMs = now() - started;
        if (sameAs !== null) return { type: 'unchanged', version, sameAs, checkMs };
        return { type: 'result', version, findings, checkMs };
      } catch (error) {
        return { type: 'failed', version, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
