/**
 * Main-thread work per keystroke, read from a Chromium trace of a typing run. Every figure is the
 * renderer main thread's own CPU time (`tdur`), so time it spent waiting for a core on a loaded
 * machine is left out: figures from a busy machine can be compared with each other.
 */

/** The fields of a Chromium trace event this module reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Milliseconds of main-thread CPU per keystroke, by where they were spent. */
export interface KeyWork {
  /** Keystrokes found in the trace (`keypress` events). */
  keys: number;
  /** Tasks that dispatched a key or input event: the editor's handling of the key. */
  keyTaskMs: number;
  /** Of those, layout forced inside them (reading the caret's place, scrolling to it). */
  forcedLayoutMs: number;
  /** Rendering tasks (those that painted): style, layout, paint, compositing, hover hit tests. */
  frameMs: number;
  /** Of those, hit tests (Chromium tests what is under the pointer again after each layout). */
  hitTestMs: number;
  /** Of those, style recalculation (`UpdateLayoutTree`). */
  styleMs: number;
  /** Of those, layout (`Layout`). */
  frameLayoutMs: number;
  /** Of those, pre-paint and paint. */
  paintMs: number;
  /** Of those, layerization: grouping every paint chunk of the page into composited layers, each frame anything painted. */
  layerizeMs: number;
  /** Everything else: timers, worker messages, React's scheduled work, garbage collection. */
  otherMs: number;
}

const keyEventTypes = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput']);

const cpuMs = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

const paintEvents = ['PrePaint', 'Paint'];

/** The renderer main thread that worked most: the typed page's, when other pages are open too. */
function busiestMainThread(events: readonly TraceEvent[]): TraceEvent | null {
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let best: { thread: TraceEvent; ms: number } | null = null;
  for (const thread of mains) {
    const ms = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask').reduce((sum, event) => sum + cpuMs(event), 0);
    if (!best || ms > best.ms) best = { thread, ms };
  }
  return best?.thread ?? null;
}

/**
 * Splits the busiest renderer main thread's tasks into key handling, frames (with their style,
 * layout, paint and hit tests) and the rest, and returns each per keystroke. A task is key handling when it dispatched a key or input event, and
 * a frame when it painted; a layout nested in key handling was forced by script.
 */
export function keyWork(events: readonly TraceEvent[]): KeyWork {
  const main = busiestMainThread(events);
  if (!main) throw new RangeError('keyWork: the trace has no renderer main thread');
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const totals = { keys: 0, keyTask: 0, forcedLayout: 0, frame: 0, hitTest: 0, style: 0, frameLayout: 0, paint: 0, layerize: 0, other: 0 };
  let next = 0;
  for (const task of onMain.filter((event) => event.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    while (next < onMain.length && (onMain[next] as TraceEvent).ts < task.ts) next += 1;
    const inner: TraceEvent[] = [];
    for (let index = next; index < onMain.length && (onMain[index] as TraceEvent).ts < end; index += 1) {
      const event = onMain[index] as TraceEvent;
      if (event !== task && event.ts + (event.dur ?? 0) <= end) inner.push(event);
    }
    const sum = (name: string) => inner.filter((event) => event.name === name).reduce((total, event) => total + cpuMs(event), 0);
    const dispatched = inner.filter((event) => event.name === 'EventDispatch' && keyEventTypes.has(event.args?.data?.type ?? ''));
    totals.keys += dispatched.filter((event) => event.args?.data?.type === 'keypress').length;
    if (dispatched.length > 0) {
      totals.keyTask += cpuMs(task);
      totals.forcedLayout += sum('Layout');
    } else if (inner.some((event) => event.name === 'Paint')) {
      totals.frame += cpuMs(task);
      totals.hitTest += sum('HitTest');
      totals.style += sum('UpdateLayoutTree');
      totals.frameLayout += sum('Layout');
      totals.paint += paintEvents.reduce((total, name) => total + sum(name), 0);
      totals.layerize += sum('Layerize');
    } else totals.other += cpuMs(task);
  }
  const perKey = (ms: number) => (totals.keys > 0 ? ms / totals.keys : 0);
  return {
    keys: totals.keys,
    keyTaskMs: perKey(totals.keyTask),
    forcedLayoutMs: perKey(totals.forcedLayout),
    frameMs: perKey(totals.frame),
    hitTestMs: perKey(totals.hitTest),
    styleMs: perKey(totals.style),
    frameLayoutMs: perKey(totals.frameLayout),
    paintMs: perKey(totals.paint),
    layerizeMs: perKey(totals.layerize),
    otherMs: perKey(totals.other),
  };
}
