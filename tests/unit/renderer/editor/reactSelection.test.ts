// @vitest-environment happy-dom
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { hideSelectionFromReact } from '../../../../renderer/editor/reactSelection';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

/** A focused contenteditable body of `paragraphs` paragraphs with the caret in the last one; counts reads of its text. */
function focusedBody(paragraphs: number) {
  const body = document.createElement('div');
  body.setAttribute('contenteditable', 'true');
  const reads = { count: 0 };
  for (let index = 0; index < paragraphs; index += 1) {
    const paragraph = document.createElement('p');
    const text = document.createTextNode(`Paragraph ${index} of the story.`);
    const value = text.nodeValue;
    Object.defineProperty(text, 'nodeValue', { get: () => ((reads.count += 1), value) });
    paragraph.append(text);
    body.append(paragraph);
  }
  document.body.append(body);
  body.focus();
  getSelection()?.collapse(body.lastChild?.firstChild ?? body, 3);
  cleanups.push(() => body.remove());
  return { body, reads };
}

/** A React root beside the body, and a way to make it commit. */
function counter(): { commit: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  let bump: () => void = () => undefined;
  function Counter() {
    const [count, setCount] = useState(0);
    bump = () => setCount((value) => value + 1);
    return createElement('span', null, String(count));
  }
  const root: Root = createRoot(container);
  flushSync(() => root.render(createElement(Counter)));
  cleanups.push(() => {
    root.unmount();
    container.remove();
  });
  return { commit: () => flushSync(() => bump()) };
}

describe('keeping React from measuring the body selection', () => {
  it('lets a React commit elsewhere in the page leave the focused body unread', () => {
    const { body, reads } = focusedBody(200);
    const { commit } = counter();
    expect(document.activeElement).toBe(body);
    reads.count = 0;
    commit();
    // Without the guard React walks the whole body and reads every paragraph's text to save the selection.
    expect(reads.count).toBeGreaterThanOrEqual(200);
    const undo = hideSelectionFromReact(body);
    reads.count = 0;
    commit();
    commit();
    expect(reads.count).toBe(0);
    undo();
    reads.count = 0;
    commit();
    expect(reads.count).toBeGreaterThanOrEqual(200);
  });

  it('keeps the element editable: the attribute stays, writes reach it, and the guard is undone once', () => {
    const { body } = focusedBody(2);
    const undo = hideSelectionFromReact(body);
    expect(body.getAttribute('contenteditable')).toBe('true');
    expect(body.contentEditable).toBe('inherit');
    body.contentEditable = 'false';
    expect(body.getAttribute('contenteditable')).toBe('false');
    // A read-only body says so, as ProseMirror's selection checks read it.
    expect(body.contentEditable).toBe('false');
    body.contentEditable = 'true';
    expect(body.contentEditable).toBe('inherit');
    body.contentEditable = 'false';
    expect(() => hideSelectionFromReact(body)).toThrow(RangeError);
    undo();
    expect(body.contentEditable).toBe('false');
  });
});
