import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArticle, specForWords } from '../../../../bench/fixtures/article';
import type { Article, BodyNode } from '../../../../shared/article/model';
import { editorSchema } from '../../../../shared/editor/extensions';
import { analyserInputFor } from '../../../../shared/publish';
import { changeBetween, documentJson, paragraphPositions, paragraphsOf, pullQuotesOf, snapshotOf, wordCount } from '../../../../renderer/analysis/documentIndex';
import { countWords } from '../../../../shared/article/text';
import type { ParagraphInput } from '../../../../renderer/analysis/protocol';
import { paragraphStarts } from '../../../../renderer/review/positions';
import { fullArticle } from '../../../fixtures/export/articles';

const stateOf = (body: BodyNode) => EditorState.create({ doc: editorSchema.nodeFromJSON(body) });

/** The analyser input as the snapshot gives it, in the shape `analyserInputFor` gives it. */
function inputFromParagraphs(paragraphs: readonly ParagraphInput[]) {
  return {
    paragraphs: paragraphs.map((paragraph) => paragraph.text),
    links: paragraphs.flatMap((paragraph, index) => paragraph.links.map((link) => ({ paragraph: index, ...link }))),
  };
}

function expectSameInput(state: EditorState, article: Pick<Article, 'sources' | 'reviews'>) {
  const expected = analyserInputFor({ ...article, body: state.doc.toJSON() as BodyNode });
  const snapshot = snapshotOf(state.doc);
  expect(inputFromParagraphs(paragraphsOf(snapshot))).toEqual({ paragraphs: expected.paragraphs, links: expected.links });
  expect(pullQuotesOf(snapshot)).toEqual(expected.pullQuotes);
}

function applySplice(paragraphs: ParagraphInput[], change: ReturnType<typeof changeBetween>): ParagraphInput[] {
  if (!change.splice) return paragraphs;
  const next = [...paragraphs];
  next.splice(change.splice.start, change.splice.deleteCount, ...change.splice.paragraphs);
  return next;
}

/** Position just inside the end of the `index`-th top-level block. */
function endOfBlock(state: EditorState, index: number): number {
  let position = 0;
  for (let at = 0; at < index; at += 1) position += state.doc.child(at).nodeSize;
  return position + state.doc.child(index).nodeSize - 1;
}

describe('reading the body for the analyser from the editor document', () => {
  it('gives the same paragraphs, inline-quote links and pull quotes as analyserInputFor, lists, hard breaks and headings included', () => {
    const article = fullArticle();
    expectSameInput(stateOf(article.body), article);
    const generated = generateArticle(specForWords(3_000, 7));
    expectSameInput(stateOf(generated.body), generated);
  });

  it('places every paragraph at the position where the review looks for it', () => {
    const state = stateOf(generateArticle(specForWords(3_000, 7)).body);
    expect(paragraphPositions(snapshotOf(state.doc))).toEqual(paragraphStarts(state.doc));
    const full = stateOf(fullArticle().body);
    expect(paragraphPositions(snapshotOf(full.doc))).toEqual(paragraphStarts(full.doc));
  });
});

describe('what changed between two readings', () => {
  const article = generateArticle(specForWords(3_000, 7));
  const before = stateOf(article.body);
  const paragraphIndex = (state: EditorState, block: number) => snapshotOf(state.doc).infos.slice(0, block).reduce((sum, info) => sum + info.paragraphs.length, 0);

  it('is the one paragraph typed in after a keystroke', () => {
    const block = 20;
    const after = before.apply(before.tr.insertText('x', endOfBlock(before, block)));
    const change = changeBetween(snapshotOf(before.doc), snapshotOf(after.doc));
    expect(change.splice?.start).toBe(paragraphIndex(before, block));
    expect(change.splice?.deleteCount).toBe(1);
    expect(change.splice?.paragraphs.map((paragraph) => paragraph.text)).toEqual([after.doc.child(block).textContent]);
    expect(change.isPullQuoteChanged).toBe(false);
  });

  it('is one paragraph replaced by two when a paragraph is split', () => {
    const block = 20;
    const at = endOfBlock(before, block) - 5;
    const after = before.apply(before.tr.split(at));
    const change = changeBetween(snapshotOf(before.doc), snapshotOf(after.doc));
    expect(change.splice?.deleteCount).toBe(1);
    expect(change.splice?.paragraphs).toHaveLength(2);
  });

  it('is nothing when only formatting changed, so no analysis is asked for', () => {
    const from = endOfBlock(before, 20) - 8;
    const after = before.apply(before.tr.addMark(from, from + 4, editorSchema.marks.bold!.create()));
    expect(changeBetween(snapshotOf(before.doc), snapshotOf(after.doc))).toEqual({ splice: null, isPullQuoteChanged: false });
  });

  it('notes a pull quote edit', () => {
    let pullQuoteEnd = -1;
    before.doc.forEach((block, offset) => {
      if (pullQuoteEnd < 0 && block.type.name === 'pullQuote') pullQuoteEnd = offset + block.nodeSize - 1;
    });
    const after = before.apply(before.tr.insertText('!', pullQuoteEnd));
    expect(changeBetween(snapshotOf(before.doc), snapshotOf(after.doc))).toEqual({ splice: null, isPullQuoteChanged: true });
  });

  it('counts a removed block once even when the document holds the very same node twice', () => {
    const paragraph = editorSchema.node('paragraph', null, editorSchema.text('“Same words,” she said.'));
    const twice = EditorState.create({ doc: editorSchema.node('doc', null, [paragraph, paragraph]) });
    const once = twice.apply(twice.tr.delete(paragraph.nodeSize, 2 * paragraph.nodeSize));
    expect(changeBetween(snapshotOf(twice.doc), snapshotOf(once.doc)).splice).toEqual({ start: 1, deleteCount: 1, paragraphs: [] });
  });

  it('applied as a splice, always gives the paragraphs of the edited document (random edits)', () => {
    const small = stateOf(generateArticle(specForWords(400, 3)).body);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('a', ' ', '“', 'said Ana Ruiz.', '\u201d') }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let state = small;
        let paragraphs = paragraphsOf(snapshotOf(state.doc));
        for (const step of edits) {
          const at = 1 + (step.at % Math.max(1, state.doc.content.size - 1));
          const tr: Transaction = state.tr.setSelection(TextSelection.near(state.doc.resolve(at)));
          if (step.kind === 'type') tr.insertText(step.text);
          else if (step.kind === 'delete') tr.delete(tr.selection.from, Math.min(tr.selection.from + step.length, state.doc.content.size - 1));
          else if (tr.selection.$from.parent.isTextblock && tr.selection.$from.parent.type.name === 'paragraph') tr.split(tr.selection.from);
          const next = state.apply(tr);
          paragraphs = applySplice(paragraphs, changeBetween(snapshotOf(state.doc), snapshotOf(next.doc)));
          state = next;
        }
        const expected = analyserInputFor({ body: state.doc.toJSON() as BodyNode, sources: [], reviews: {} });
        expect(inputFromParagraphs(paragraphs)).toEqual({ paragraphs: expected.paragraphs, links: expected.links });
      }),
      { numRuns: 60 },
    );
  });
});

describe('what the body gives the word count and the autosave, read block by block', () => {
  const state = stateOf(generateArticle(specForWords(3_000, 5)).body);
  const edited = state.apply(state.tr.insertText(' and a few more words', endOfBlock(state, 12)));

  it('counts the same words as counting the whole text at once, before and after an edit', () => {
    for (const { doc } of [state, edited, stateOf(fullArticle().body)]) expect(wordCount(doc)).toBe(countWords(doc.textBetween(0, doc.content.size, '\n', ' ')));
    expect(wordCount(edited.doc)).toBe(wordCount(state.doc) + 5);
  });

  it('gives the same JSON as the editor, building only the blocks that changed and freezing what it shares', () => {
    const before = documentJson(state.doc);
    const after = documentJson(edited.doc);
    expect(before).toEqual(state.doc.toJSON());
    expect(after).toEqual(edited.doc.toJSON());
    const changed = after.content!.filter((block, index) => block !== before.content![index]);
    expect(changed).toEqual([edited.doc.child(12).toJSON()]);
    expect(Object.isFrozen(after.content![0]!.content![0])).toBe(true);
    expect(documentJson(EditorState.create({ schema: editorSchema }).doc)).toEqual(EditorState.create({ schema: editorSchema }).doc.toJSON());
  });
});
