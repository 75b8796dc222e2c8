import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { readingAnchor, restoreReadingAnchor } from '../article/readingPosition';

/**
 * The class that keeps a body block laid out. `styles.css` lets Chromium skip the layout of body
 * paragraphs far from the view (`content-visibility: auto`) except those carrying this class.
 */
export const drawnClass = 'is-drawn';

/** Blocks kept drawn on each side of the caret's block (and of the selection's other end). */
const caretReach = 2;
/** Blocks drawn at each end of the body before a key that jumps there (Ctrl+Home, Ctrl+End). */
const endReach = 3;
/** How far (in heights of the visible pane) Page Up and Page Down may move the caret, with room for estimated heights. */
const pageReach = 2;
/** Paragraphs laid out per idle slice once the body is on screen (about 1 ms each for 60 words). */
const paragraphsPerSlice = 20;
let bodies = 0;

interface DrawnState {
  /** Top-level block indices kept drawn, ascending. */
  blocks: readonly number[];
  /** Blocks a jump key asked for; kept until the selection next moves. */
  targets: readonly number[];
  set: DecorationSet;
}

const drawnKey = new PluginKey<DrawnState>('drawnBlocks');

function around(doc: ProseMirrorNode, pos: number, into: Set<number>): void {
  const index = doc.resolve(Math.min(pos, doc.content.size)).index(0);
  const last = doc.childCount - 1;
  for (let block = Math.max(0, index - caretReach); block <= Math.min(last, index + caretReach); block += 1) into.add(block);
}

function wantedBlocks(state: Pick<EditorState, 'doc' | 'selection'>, targets: readonly number[]): number[] {
  const wanted = new Set<number>();
  around(state.doc, state.selection.head, wanted);
  around(state.doc, state.selection.anchor, wanted);
  for (const block of targets) if (block < state.doc.childCount) wanted.add(block);
  return [...wanted].sort((a, b) => a - b);
}

function decorate(doc: ProseMirrorNode, blocks: readonly number[]): DecorationSet {
  const decorations: Decoration[] = [];
  let pos = 0;
  let index = 0;
  for (const block of blocks) {
    for (; index < block; index += 1) pos += doc.child(index).nodeSize;
    decorations.push(Decoration.node(pos, pos + doc.child(block).nodeSize, { class: drawnClass }));
  }
  return DecorationSet.create(doc, decorations);
}

const isSame = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i]);

function next(tr: Transaction, previous: DrawnState, state: EditorState): DrawnState {
  const asked = tr.getMeta(drawnKey) as readonly number[] | undefined;
  const targets = asked ?? (tr.selectionSet ? [] : previous.targets);
  if (!asked && !tr.docChanged && !tr.selectionSet) return previous;
  const blocks = wantedBlocks(state, targets);
  if (!tr.docChanged && isSame(blocks, previous.blocks)) return targets === previous.targets ? previous : { ...previous, targets };
  const mapped = tr.docChanged ? previous.set.map(tr.mapping, tr.doc) : previous.set;
  // Same blocks and every decoration still covers a whole block: the mapped set is the one wanted.
  if (isSame(blocks, previous.blocks) && mapped.find().length === blocks.length) return { blocks, targets, set: mapped };
  return { blocks, targets, set: decorate(state.doc, blocks) };
}

/** The top-level blocks whose boxes lie within `reach` pane heights of the caret, walking out from the caret's block. */
function blocksNearCaret(view: EditorView, reach: number): number[] {
  const { doc, selection } = view.state;
  const pane = view.dom.closest<HTMLElement>('.workspace-pane');
  const dom = view.dom.children;
  const index = doc.resolve(selection.head).index(0);
  const caret = dom[index]?.getBoundingClientRect();
  if (!pane || !caret || dom.length !== doc.childCount) return [];
  const span = pane.clientHeight * reach;
  const found: number[] = [];
  for (let block = index; block >= 0 && dom[block]!.getBoundingClientRect().bottom >= caret.top - span; block -= 1) found.push(block);
  for (let block = index + 1; block < dom.length && dom[block]!.getBoundingClientRect().top <= caret.bottom + span; block += 1) found.push(block);
  return found;
}

/**
 * The blocks a navigation key may put the caret in, or null for keys that move it at most into
 * the next block (which the caret's neighbourhood already keeps drawn).
 */
function jumpTargets(view: EditorView, event: KeyboardEvent): number[] | null {
  const last = view.state.doc.childCount - 1;
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const isCommand = event.ctrlKey || event.metaKey;
  if ((isCommand && event.key === 'Home') || (event.metaKey && event.key === 'ArrowUp')) return range(0, Math.min(last, endReach - 1));
  if ((isCommand && event.key === 'End') || (event.metaKey && event.key === 'ArrowDown')) return range(Math.max(0, last - endReach + 1), last);
  if (event.key === 'PageUp' || event.key === 'PageDown') return blocksNearCaret(view, pageReach);
  return null;
}

/**
 * After the first frames, lays out the rest of the body in idle slices of `paragraphsPerSlice`
 * paragraphs, from the top, through a style sheet of its own (no change to the document's DOM), so
 * opening pays only for what is near the view and typing later pays for no skipped paragraphs
 * (Chromium's layout per keystroke was about a third higher with them).
 */
function drawRestWhenIdle(view: EditorView): { destroy(): void } {
  const sheet = document.createElement('style');
  document.head.append(sheet);
  bodies += 1;
  view.dom.setAttribute('data-body-id', String(bodies));
  const selector = `.body-editor[data-body-id="${bodies}"] > p`;
  let drawn = 0;
  let idle = 0;
  const slice = () => {
    const total = view.dom.childElementCount;
    drawn = Math.min(total, drawn + paragraphsPerSlice);
    // Paragraphs above the view change height as they are laid out: the block at the top of the view stays where it is.
    const pane = view.dom.closest<HTMLElement>('.workspace-pane');
    const anchor = pane ? readingAnchor(pane) : null;
    // Once every block is reached, the rule covers paragraphs added later (typed, pasted) too.
    sheet.textContent = `${selector}${drawn < total ? `:nth-child(-n + ${drawn})` : ''} { content-visibility: visible; }`;
    if (pane && anchor) restoreReadingAnchor(pane, anchor, 0);
    if (drawn < total) idle = window.requestIdleCallback(slice, { timeout: 1_000 });
  };
  let frame = window.requestAnimationFrame(() => (frame = window.requestAnimationFrame(() => (idle = window.requestIdleCallback(slice, { timeout: 1_000 })))));
  return {
    destroy() {
      window.cancelAnimationFrame(frame);
      window.cancelIdleCallback(idle);
      sheet.remove();
    },
  };
}

/**
 * Keeps the body blocks the caret can reach laid out, so a long body can skip the layout of the
 * rest while every caret movement stays exact. Chromium places a caret moved into a paragraph it
 * has not laid out at that paragraph's start (Ctrl+End typed into the wrong place with the packaged
 * Chromium), so: the blocks around the caret and the selection's other end are always drawn, and a
 * key that jumps further (Ctrl+Home/End, Page Up/Down) draws its targets before the browser moves
 * the caret. Jumps made in code (find, go to quote) set the selection first, which draws it. The
 * rest of the body is laid out in idle time after the first frames (`drawRestWhenIdle`).
 */
export const DrawnBlocks = Extension.create({
  name: 'drawnBlocks',
  // Before every other key handler, so its targets are drawn whoever then handles the key.
  priority: 1_000,

  addProseMirrorPlugins() {
    return [
      new Plugin<DrawnState>({
        key: drawnKey,
        view: drawRestWhenIdle,
        state: {
          init: (_, state) => {
            const blocks = wantedBlocks(state, []);
            return { blocks, targets: [], set: decorate(state.doc, blocks) };
          },
          apply: (tr, previous, _old, state) => next(tr, previous, state),
        },
        props: {
          decorations: (state) => drawnKey.getState(state)?.set,
          handleKeyDown(view, event) {
            const targets = jumpTargets(view, event);
            if (targets && targets.length > 0) view.dispatch(view.state.tr.setMeta(drawnKey, targets).setMeta('addToHistory', false));
            return false;
          },
        },
      }),
    ];
  },
});
