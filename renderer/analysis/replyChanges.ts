/**
 * Results sent as changes: the worker sends, for each list of an analysis, only the items that
 * differ from the result it sent before, and the renderer rebuilds the analysis from its last one.
 * Items that did not change stay the very objects the renderer already holds, so a new analysis
 * after typing in one paragraph copies only that paragraph's quotes across the thread boundary,
 * and memoised review and source items see the same objects as before.
 */
import { hasSameFields } from '../../shared/attribution/sameFields';
import type { WorkerPort } from '../worker/port';
import type { Analysis, AnalysisReply, AnalysisUpdate } from './protocol';

/** A list's change since the last result: replace `deleteCount` items from `start` with `items`; null when the list is the same. */
export type ListChange<T> = { start: number; deleteCount: number; items: T[] } | null;

/** The changes of each list of an analysis since the last result sent. */
export interface AnalysisChanges {
  quotes: ListChange<Analysis['quotes'][number]>;
  findings: ListChange<Analysis['findings'][number]>;
  matches: ListChange<Analysis['matches'][number]>;
}

type ResultReply = Extract<AnalysisReply, { type: 'result' }>;

/** A reply as it crosses the thread boundary: a result carries its changes instead of the whole analysis. */
export type AnalysisWireReply = Exclude<AnalysisReply, { type: 'result' }> | (Omit<ResultReply, 'analysis'> & { changes: AnalysisChanges });

const emptyAnalysis: Analysis = { quotes: [], findings: [], matches: [] };

function changeOf<T extends object>(before: readonly T[], after: T[]): ListChange<T> {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && hasSameFields(before[start]!, after[start]!)) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && hasSameFields(before[before.length - 1 - end]!, after[after.length - 1 - end]!)) end += 1;
  if (start === before.length && start === after.length) return null;
  return { start, deleteCount: before.length - start - end, items: after.slice(start, after.length - end) };
}

function applyChange<T>(before: T[], change: ListChange<T>, list: string): T[] {
  if (change === null) return before;
  if (change.start < 0 || change.deleteCount < 0 || change.start + change.deleteCount > before.length) {
    throw new RangeError(`analysis reply: a change of ${list} at ${change.start} removing ${change.deleteCount} does not fit the ${before.length} held`);
  }
  return [...before.slice(0, change.start), ...change.items, ...before.slice(change.start + change.deleteCount)];
}

/**
 * The worker's side: turns each reply into its wire form, a result into its changes since the
 * result this encoder turned before. One encoder per host, fed every reply in order.
 */
export function createReplyEncoder(): (reply: AnalysisReply) => AnalysisWireReply {
  let sent = emptyAnalysis;
  return (reply) => {
    if (reply.type !== 'result') return reply;
    const { analysis, ...rest } = reply;
    const changes: AnalysisChanges = {
      quotes: changeOf(sent.quotes, analysis.quotes),
      findings: changeOf(sent.findings, analysis.findings),
      matches: changeOf(sent.matches, analysis.matches),
    };
    sent = analysis;
    return { ...rest, changes };
  };
}

/**
 * The renderer's side: rebuilds each result from the last one it rebuilt, keeping the unchanged
 * lists and items as the same objects. Throws on a change that does not fit what it holds.
 */
export function createReplyDecoder(): (reply: AnalysisWireReply) => AnalysisReply {
  let held = emptyAnalysis;
  return (reply) => {
    if (reply.type !== 'result') return reply;
    const { changes, ...rest } = reply;
    held = {
      quotes: applyChange(held.quotes, changes.quotes, 'quotes'),
      findings: applyChange(held.findings, changes.findings, 'findings'),
      matches: applyChange(held.matches, changes.matches, 'matches'),
    };
    return { ...rest, analysis: held };
  };
}

/** The port over a wire port: every reply decoded in order by a decoder of its own, so a new port starts from nothing. */
export function decodingPort(port: WorkerPort<AnalysisUpdate, AnalysisWireReply>): WorkerPort<AnalysisUpdate, AnalysisReply> {
  const decode = createReplyDecoder();
  return {
    send: (update) => port.send(update),
    listen(onReply, onFailure) {
      port.listen((reply) => {
        let decoded: AnalysisReply;
        try {
          decoded = decode(reply);
        } catch (error) {
          onFailure(error instanceof Error ? error.message : String(error));
          return;
        }
        onReply(decoded);
      }, onFailure);
    },
    close: () => port.close(),
  };
}
