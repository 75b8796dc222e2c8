import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { revealRange } from './reveal';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match of `query` (case-insensitive); an empty query clears the search. */
      setFindQuery: (query: string) => ReturnType;
      /** Moves to the next (or previous) match and selects it. */
      findNext: (direction?: 1 | -1) => ReturnType;
      /** Replaces the current match and moves to the next. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

interface Match {
  from: number;
  to: number;
}

interface FindState {
  query: string;
  matches: Match[];
  current: number;
  decorations: DecorationSet;
}

/** The current match, or null when there is none. */
export function currentMatch(state: EditorState): Match | null {
  const find = stateOf(state);
  return find.matches[find.current] ?? null;
}

/** Plugin key for reading the find state (match count and position) from the editor. */
export const findKey = new PluginKey<FindState>('findReplace');

/** Every case-insensitive occurrence of `query` within text blocks, in document order. */
export function findMatches(doc: ProseMirrorNode, query: string): Match[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : '\ufffc'.repeat(child.nodeSize);
    });
    const haystack = text.toLocaleLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      matches.push({ from: pos + 1 + at, to: pos + 1 + at + needle.length });
    }
    return false;
  });
  return matches;
}

function build(doc: ProseMirrorNode, query: string, current: number): FindState {
  const matches = findMatches(doc, query);
  const index = matches.length === 0 ? -1 : Math.min(Math.max(current, 0), matches.length - 1);
  const decorations = DecorationSet.create(
    doc,
    matches.map((match, at) => Decoration.inline(match.from, match.to, { class: at === index ? 'find-match is-current' : 'find-match' })),
  );
  return { query, matches, current: index, decorations };
}

function stateOf(state: EditorState): FindState {
  return findKey.getState(state) ?? { query: '', matches: [], current: -1, decorations: DecorationSet.empty };
}

/** Find in article and find-and-replace, as decorations; the document only changes on replace. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
          apply(tr, previous) {
            const meta = tr.getMeta(findKey) as { query?: string; current?: number } | undefined;
            if (meta) return build(tr.doc, meta.query ?? previous.query, meta.current ?? 0);
            if (tr.docChanged && previous.query) return build(tr.doc, previous.query, previous.current);
            return previous;
          },
        },
        props: { decorations: (state) => stateOf(state).decorations },
      }),
    ];
  },

  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(findKey, { query, current: 0 }));
          return true;
        },
      findNext:
        (direction = 1) =>
        ({ state, tr, dispatch, view }) => {
          const find = stateOf(state);
          if (find.matches.length === 0) return false;
          const next = (find.current + direction + find.matches.length) % find.matches.length;
          const match = find.matches[next]!;
          if (!dispatch) return true;
          dispatch(tr.setMeta(findKey, { current: next }).setSelection(TextSelection.create(tr.doc, match.from, match.to)));
          revealRange(view, match.from, match.to, 'center');
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = stateOf(state);
          const match = find.matches[find.current];
          if (!match) return false;
          tr.insertText(replacement, match.from, match.to);
          dispatch?.(tr.setMeta(findKey, { current: find.current }));
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = stateOf(state);
          if (find.matches.length === 0) return false;
          for (const match of [...find.matches].reverse()) tr.insertText(replacement, match.from, match.to);
          dispatch?.(tr.setMeta(findKey, { current: 0 }));
          return true;
        },
    };
  },
});
