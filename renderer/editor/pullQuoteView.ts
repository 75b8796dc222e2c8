import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import type { Source } from '../../shared/article/model';
import { sourceLabel } from './sourcesContext';

/** The open article's sources as the pull quotes' menus read them; the body editor keeps it current. */
export class SourceList {
  private sources: readonly Source[] = [];
  private readonly listeners = new Set<() => void>();

  /** The sources now. */
  get current(): readonly Source[] {
    return this.sources;
  }

  /** Replaces the sources and redraws every menu that shows them (nothing happens for the same list). */
  set(sources: readonly Source[]): void {
    if (sources === this.sources) return;
    this.sources = sources;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` whenever the sources change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * A pull quote in the editor, drawn with plain DOM: the quoted words, editable in place, and a
 * "Said by" menu choosing the source who said them. (A React node view measured the page once per
 * pull quote while a long article opened: twenty forced layouts for twenty pull quotes.) Until the
 * menu is first pointed at, focused, or the page is idle, it holds only the blank choice and the
 * linked source, which is all it shows: opening a long article makes no unseen options.
 */
class PullQuoteView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly missing: HTMLElement;
  private readonly unsubscribe: () => void;
  private node: ProseMirrorNode;
  private drawnSources: readonly Source[] | null = null;
  private isListed = false;
  private readonly cancelIdle: () => void;

  constructor(
    node: ProseMirrorNode,
    view: EditorView,
    getPos: () => number | undefined,
    private readonly sources: SourceList,
  ) {
    this.node = node;
    this.dom = element('figure', 'pull-quote');
    this.dom.setAttribute('data-pull-quote', '');
    this.contentDOM = element('blockquote', 'pull-quote-text');
    this.caption = element('figcaption', 'pull-quote-source');
    this.caption.contentEditable = 'false';
    const label = element('label', '');
    this.select = document.createElement('select');
    label.append('Said by ', this.select);
    this.missing = element('span', 'error-text');
    this.missing.textContent = ' The linked source was removed.';
    this.caption.append(label, this.missing);
    this.dom.append(this.contentDOM, this.caption);
    this.select.addEventListener('change', () => {
      const pos = getPos();
      if (typeof pos !== 'number') return;
      const sourceId = this.select.value || null;
      view.dispatch(view.state.tr.setNodeAttribute(pos, 'sourceId', sourceId));
    });
    const list = () => {
      if (this.isListed) return;
      this.isListed = true;
      this.draw();
    };
    // Before the browser opens the menu (pointer) or moves through it (keys); else once nothing else needs the page.
    this.select.addEventListener('pointerdown', list);
    this.select.addEventListener('focus', list);
    this.cancelIdle = whenIdle(list);
    this.unsubscribe = sources.subscribe(() => this.draw());
    this.draw();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.draw();
    return true;
  }

  /** The menu and its warning are not document content: the editor handles neither their events nor their changes. */
  stopEvent(event: Event): boolean {
    return event.target instanceof Node && this.caption.contains(event.target);
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: Node }): boolean {
    return this.caption.contains(mutation.target);
  }

  destroy(): void {
    this.unsubscribe();
    this.cancelIdle();
  }

  private draw(): void {
    const sources = this.sources.current;
    const sourceId = (this.node.attrs.sourceId as string | null) ?? '';
    const linked = sources.find((source) => source.id === sourceId);
    // Listed: every source, made again only when the sources change. Not yet: the blank choice and the linked source.
    const shown = this.isListed ? sources : linked ? [linked] : [];
    if (!this.drawnSources || !sameItems(this.drawnSources, shown)) {
      this.select.replaceChildren(option('— choose a source —', ''), ...shown.map((source) => option(sourceLabel(source), source.id)));
      this.drawnSources = shown;
    }
    this.select.value = linked ? sourceId : '';
    this.missing.hidden = sourceId === '' || linked !== undefined;
  }
}

const waitingForIdle = new Set<() => void>();
let idleHandle: number | null = null;

function runWaiting(): void {
  idleHandle = null;
  const tasks = [...waitingForIdle];
  waitingForIdle.clear();
  for (const task of tasks) task();
}

/**
 * Runs `task` when the page is idle, together with every other task waiting then (so twenty menus
 * listed after an open cost one style and layout pass, not twenty); returns a cancel.
 */
function whenIdle(task: () => void): () => void {
  waitingForIdle.add(task);
  if (idleHandle === null) idleHandle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(runWaiting) : window.setTimeout(runWaiting, 0);
  return () => waitingForIdle.delete(task);
}

function sameItems<T>(before: readonly T[], after: readonly T[]): boolean {
  return before.length === after.length && after.every((item, index) => before[index] === item);
}

function option(label: string, value: string): HTMLOptionElement {
  const made = document.createElement('option');
  made.value = value;
  made.textContent = label;
  return made;
}

function element(tag: string, className: string): HTMLElement {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

/**
 * A view-only plugin drawing pull quotes whose menus list `sources`. It is handed to the editor
 * view directly (`editorProps.plugins`) rather than through TipTap's `addNodeView`: TipTap builds
 * new node view functions each time it asks for them (when the view is made, and again when
 * `EditorContent` mounts), and ProseMirror redraws the whole body when they change. With one
 * function for the editor's life the body's DOM is built once per open.
 */
export function pullQuoteViews(sources: SourceList): Plugin {
  const pullQuote = (node: ProseMirrorNode, view: EditorView, getPos: () => number | undefined) => new PullQuoteView(node, view, getPos, sources);
  return new Plugin({ props: { nodeViews: { pullQuote } } });
}
