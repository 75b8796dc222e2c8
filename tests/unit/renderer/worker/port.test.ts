import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFallback } from '../../../../renderer/worker/fallback';
import { spliceInPlace, sentAnswers } from '../../../../renderer/worker/hostParts';
import { createSameThreadPort, serveInWorker, type WorkerHost, type WorkerPort, type WorkerScope } from '../../../../renderer/worker/port';

/** A host that keeps a running total and answers with it and how many updates it has seen. */
function summingHost(): WorkerHost<number, { total: number; updates: number }> {
  let total = 0;
  let updates = 0;
  return {
    apply(update) {
      if (!Number.isFinite(update)) throw new RangeError(`not a number: ${update}`);
      total += update;
      updates += 1;
    },
    answer: () => ({ total, updates }),
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => vi.restoreAllMocks());

describe('the generic worker port', () => {
  it('inside a worker, applies every message in order and answers once for those that arrived together', async () => {
    const posted: unknown[] = [];
    const scope: WorkerScope<number, { total: number; updates: number }> = { onmessage: null, postMessage: (reply) => posted.push(reply) };
    serveInWorker(scope, summingHost());
    for (const value of [1, 2, 3]) scope.onmessage?.(new MessageEvent('message', { data: value }));
    await nextTask();
    scope.onmessage?.(new MessageEvent('message', { data: 10 }));
    await nextTask();
    expect(posted).toEqual([{ total: 6, updates: 3 }, { total: 16, updates: 4 }]);
  });

  it('inside a worker, runs the host’s idle steps one task at a time after an answer, and stops them while a message waits', async () => {
    const posted: unknown[] = [];
    const events: string[] = [];
    let stepsLeft = 3;
    const host = summingHost();
    const scope: WorkerScope<number, { total: number; updates: number }> = { onmessage: null, postMessage: (reply) => posted.push(reply) };
    serveInWorker(scope, {
      apply: (update) => {
        events.push(`apply ${update}`);
        host.apply(update);
      },
      answer: () => {
        events.push('answer');
        return host.answer();
      },
      idle: () => {
        events.push('idle');
        stepsLeft -= 1;
        // A message arrives during the first idle step: the next step must wait for its answer.
        if (stepsLeft === 2) scope.onmessage?.(new MessageEvent('message', { data: 5 }));
        return stepsLeft > 0;
      },
    });
    expect(events).toEqual([]);
    scope.onmessage?.(new MessageEvent('message', { data: 1 }));
    await nextTask();
    await nextTask();
    await nextTask();
    expect(events).toEqual(['apply 1', 'answer', 'idle', 'apply 5', 'answer', 'idle', 'idle']);
    expect(posted).toEqual([{ total: 1, updates: 1 }, { total: 6, updates: 2 }]);
  });

  it('on the same thread, folds updates into one answer and reports an update the host refuses as a failure', async () => {
    const port = createSameThreadPort(summingHost());
    const replies: unknown[] = [];
    const failures: string[] = [];
    port.listen((reply) => replies.push(reply), (reason) => failures.push(reason));
    port.send(4);
    port.send(5);
    await nextTask();
    port.send(Number.NaN);
    await nextTask();
    expect(replies).toEqual([{ total: 9, updates: 2 }]);
    expect(failures).toEqual(['not a number: NaN']);
  });

  it('switches once to the fallback when the worker fails, and tells the owner only when the fallback fails too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail: (reason: string) => void = () => undefined;
    const broken = (): WorkerPort<number, { total: number; updates: number }> => ({
      send: () => undefined,
      listen: (_onReply, onFailure) => {
        fail = onFailure;
      },
      close: () => undefined,
    });
    let switches = 0;
    const port = withFallback(broken, broken, { name: 'Test work', onSwitch: () => (switches += 1) });
    const failures: string[] = [];
    port.listen(() => undefined, (reason) => failures.push(reason));
    fail('no worker');
    expect(switches).toBe(1);
    expect(failures).toEqual([]);
    fail('no thread either');
    expect(switches).toBe(1);
    expect(failures).toEqual(['no thread either']);
    expect(vi.mocked(console.error).mock.calls.map((call) => String(call[0]))).toEqual([
      'Test work could not run in its worker (no worker); it runs on the main thread instead.',
      'Test work stopped: no thread either',
    ]);
  });

  it('hosts splice their lists in place and refuse a range that does not fit, naming it', () => {
    const list = ['a', 'b', 'c'];
    spliceInPlace(list, { start: 1, deleteCount: 1 }, ['x', 'y'], { update: 'test update', items: 'letters' });
    expect(list).toEqual(['a', 'x', 'y', 'c']);
    expect(() => spliceInPlace(list, { start: 3, deleteCount: 2 }, [], { update: 'test update', items: 'letters' })).toThrow('test update: splice at 3 removing 2 does not fit 4 letters');
    const sent = sentAnswers<{ quotes: number[] }>();
    expect(sent.sameAs({ quotes: [1] }, 1)).toBeNull();
    expect(sent.sameAs({ quotes: [1] }, 2)).toBe(1);
    expect(sent.sameAs({ quotes: [2] }, 3)).toBeNull();
  });
});
