import { describe, expect, it } from 'vitest';
import { keyWork, type TraceEvent } from '../../../bench/core/keyWork';

/** A complete ('X') event on thread `tid` of process 1, with wall time `dur` and thread time `tdur` in microseconds. */
const task = (name: string, ts: number, dur: number, tdur: number, tid = 7, type?: string): TraceEvent => ({
  name, ph: 'X', ts, dur, tdur, pid: 1, tid, ...(type ? { args: { data: { type } } } : {}),
});
const thread = (tid: number): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name: 'CrRendererMain' } });

describe('keyWork', () => {
  it('splits the typed page’s main thread into key handling, frames (style, layout, paint, layerization, hit tests) and the rest, per keystroke, in thread time', () => {
    const events: TraceEvent[] = [
      thread(7),
      thread(9),
      // Two keys: each a task dispatching keypress and input, one with a forced layout inside.
      task('RunTask', 0, 9_000, 6_000),
      task('EventDispatch', 100, 5_000, 4_000, 7, 'keypress'),
      task('Layout', 200, 2_000, 1_500),
      task('EventDispatch', 5_200, 1_000, 800, 7, 'input'),
      task('RunTask', 20_000, 5_000, 4_000),
      task('EventDispatch', 20_100, 4_000, 3_000, 7, 'keypress'),
      // Two frames, one with style, layout, pre-paint and a hit test.
      task('RunTask', 10_000, 4_000, 3_000),
      task('UpdateLayoutTree', 10_100, 300, 200),
      task('Layout', 10_400, 100, 100),
      task('PrePaint', 10_500, 100, 100),
      task('Paint', 10_600, 1_000, 900),
      task('Layerize', 11_600, 300, 200),
      task('HitTest', 12_000, 600, 500),
      task('RunTask', 30_000, 2_000, 1_000),
      task('Paint', 30_100, 500, 400),
      // A timer that neither handled a key nor painted.
      task('RunTask', 40_000, 3_000, 2_000),
      task('TimerFire', 40_100, 2_000, 1_800),
      // Another page's main thread, less busy: not the typed page.
      task('RunTask', 0, 1_000, 1_000, 9),
      task('EventDispatch', 10, 500, 500, 9, 'keypress'),
    ];
    expect(keyWork(events)).toEqual({ keys: 2, keyTaskMs: 5, forcedLayoutMs: 0.75, frameMs: 2, hitTestMs: 0.25, styleMs: 0.1, frameLayoutMs: 0.05, paintMs: 0.7, layerizeMs: 0.1, otherMs: 1 });
  });

  it('refuses a trace without a renderer main thread', () => {
    expect(() => keyWork([task('RunTask', 0, 1_000, 1_000)])).toThrow(/no renderer main thread/);
  });
});
