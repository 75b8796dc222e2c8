/**
 * Code that runs inside the page (passed to `page.evaluate`), so it may use only the DOM and
 * what it declares itself. It times each keystroke from the key event's timestamp to the DOM
 * reflecting it, to the next animation frame, and to the end of that frame's task, and records
 * Event Timing entries (durationThreshold 16) and long tasks.
 */

/** One timed keystroke; times are milliseconds from the key event's `timeStamp`. */
export interface KeySample {
  key: string;
  toDom: number | null;
  toFrame: number | null;
  toFrameEnd: number | null;
}

/** An Event Timing entry of a key or input event at or over the 16 ms threshold. */
export interface SlowEvent {
  name: string;
  duration: number;
  inputDelay: number;
  processing: number;
}

/** What the probe collected while recording. */
export interface ProbeReport {
  keys: KeySample[];
  slowEvents: SlowEvent[];
  longTasks: number[];
}

interface ProbeState extends ProbeReport {
  isRecording: boolean;
  /** `performance.now()` when recording started; older entries are ignored. */
  since: number;
}

interface PendingKey {
  start: number;
  sample: KeySample;
  domAt: number | null;
}

type ProbeWindow = Window & { __benchProbe?: ProbeState };

/** Installs the keystroke probe on the body editor; call once per page, after the article is open. */
export function installTypingProbe(): void {
  const host = window as ProbeWindow;
  if (host.__benchProbe) return;
  const state: ProbeState = { keys: [], slowEvents: [], longTasks: [], isRecording: false, since: 0 };
  host.__benchProbe = state;
  const editor = document.querySelector('[aria-label="Article body"]');
  if (!editor) throw new Error('probe: no article body in the page');
  const waiting: PendingKey[] = [];
  // Declared in here: only this function's own source is sent to the page.
  const keyEvents = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput'];
  new MutationObserver(() => {
    const now = performance.now();
    for (const pending of waiting) pending.domAt ??= now;
  }).observe(editor, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    if (!state.isRecording) return;
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.startTime < state.since || !keyEvents.includes(entry.name)) continue;
      state.slowEvents.push({ name: entry.name, duration: entry.duration, inputDelay: entry.processingStart - entry.startTime, processing: entry.processingEnd - entry.processingStart });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    if (state.isRecording) for (const entry of list.getEntries()) if (entry.startTime >= state.since) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!state.isRecording) return;
      const pending: PendingKey = { start: event.timeStamp, sample: { key: event.key, toDom: null, toFrame: null, toFrameEnd: null }, domAt: null };
      state.keys.push(pending.sample);
      waiting.push(pending);
      let framesLeft = 10;
      const onFrame = (): void => {
        framesLeft -= 1;
        if (pending.domAt === null && framesLeft > 0) {
          requestAnimationFrame(onFrame);
          return;
        }
        const frameAt = performance.now();
        waiting.splice(waiting.indexOf(pending), 1);
        pending.sample.toDom = pending.domAt === null ? null : pending.domAt - pending.start;
        pending.sample.toFrame = frameAt - pending.start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          pending.sample.toFrameEnd = performance.now() - pending.start;
          channel.port1.close();
        };
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(onFrame);
    },
    { capture: true },
  );
}

/** Starts or stops recording; starting clears what was recorded before. */
export function setRecording(isRecording: boolean): void {
  const state = (window as ProbeWindow).__benchProbe;
  if (!state) throw new Error('probe: not installed');
  if (isRecording) {
    state.keys = [];
    state.slowEvents = [];
    state.longTasks = [];
    state.since = performance.now();
  }
  state.isRecording = isRecording;
}

/** What was recorded, as plain data. */
export function readProbe(): ProbeReport {
  const state = (window as ProbeWindow).__benchProbe;
  if (!state) throw new Error('probe: not installed');
  return { keys: state.keys, slowEvents: state.slowEvents, longTasks: state.longTasks };
}
