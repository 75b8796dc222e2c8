import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { styleChecks } from './plugins';
import type { StyleFinding } from './fixes';
import { styleRuleIds, type StyleLevel, type StyleRuleId } from './rules';

export { applyStyleFixes, type StyleFinding } from './fixes';

/** Separates segments so the parser sees each as its own paragraph. */
const separator = '\n\n';

type StyleProcessor = Processor<Root, Root, Root, undefined, undefined>;
const processors = new Map<string, StyleProcessor>();

function processorFor(rules: readonly StyleRuleId[]): StyleProcessor {
  const key = rules.join(',');
  let processor = processors.get(key);
  if (!processor) {
    const built = unified().use(retextEnglish) as unknown as StyleProcessor;
    for (const rule of rules) built.use(() => styleChecks[rule]());
    processor = built.freeze();
    processors.set(key, processor);
  }
  return processor;
}

function segmentAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Checks texts (fields and body blocks, each a segment) against the house style with the retext
 * rules switched on in `levels`. Findings come in text order, each with its segment and offsets.
 */
export function checkStyle(segments: readonly string[], levels: Readonly<Record<StyleRuleId, StyleLevel>>): StyleFinding[] {
  const rules = styleRuleIds.filter((rule) => levels[rule] !== 'off');
  if (rules.length === 0 || segments.length === 0) return [];
  const starts: number[] = [];
  let text = '';
  for (const segment of segments) {
    starts.push(text.length);
    text += segment + separator;
  }
  const processor = processorFor(rules);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  const findings: StyleFinding[] = [];
  for (const message of file.messages) {
    const rule = message.ruleId as StyleRuleId;
    const level = levels[rule];
    const from = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const to = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    if (level === 'off' || from === undefined || to === undefined) continue;
    const segment = segmentAt(starts, from);
    const base = starts[segment] ?? 0;
    findings.push({ rule, level, message: message.reason, segment, start: from - base, end: to - base, actual: text.slice(from, to), fix: message.expected?.[0] ?? null });
  }
  return findings.sort((a, b) => a.segment - b.segment || a.start - b.start);
}

/** Findings by rule set and segment text, so an unchanged paragraph is not parsed again. */
export type StyleCache = Map<string, Omit<StyleFinding, 'segment'>[]>;

/** Most segments a cache keeps before it starts afresh (about a 50,000-word article's blocks). */
const cacheLimit = 5_000;

/**
 * `checkStyle` for texts that change a little at a time (the editor while typing): segments
 * whose text was checked before with the same levels are answered from `cache`; only new or
 * changed ones are parsed. Gives the same findings as `checkStyle`.
 */
export function checkStyleCached(segments: readonly string[], levels: Readonly<Record<StyleRuleId, StyleLevel>>, cache: StyleCache): StyleFinding[] {
  const prefix = `${styleRuleIds.map((rule) => levels[rule]).join(',')}\u0000`;
  const missing = [...new Set(segments.filter((text) => !cache.has(prefix + text)))];
  if (cache.size + missing.length > cacheLimit) cache.clear();
  const fresh = checkStyle(missing, levels);
  missing.forEach((text, index) => cache.set(prefix + text, fresh.filter((finding) => finding.segment === index).map(({ segment: _segment, ...rest }) => rest)));
  return segments.flatMap((text, segment) => (cache.get(prefix + text) ?? []).map((finding) => ({ ...finding, segment })));
}
