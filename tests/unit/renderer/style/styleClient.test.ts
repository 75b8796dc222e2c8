// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../shared/article/model';
import { defaultStyleLevels } from '../../../../shared/style/rules';
import { createStyleClient, type StyleClient } from '../../../../renderer/style/styleClient';
import { createStyleHost } from '../../../../renderer/style/styleHost';
import { createStyleInlinePort } from '../../../../renderer/style/stylePorts';
import type { StylePort, StyleReply, StyleUpdate } from '../../../../renderer/style/styleProtocol';
import { applyEditorFixes } from '../../../../renderer/style/editorStyle';
import { editorExtensions } from '../../../../renderer/editor/editorExtensions';

const story: BodyNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The board met on Tuesday.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'The vote' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '"We held the line," said Ruth Okafor.' }] },
  ],
};
const fields = { kicker: 'Harbour', headline: 'Ferry fares rise', dek: "The port's board voted" };

/** A port serving the real host, whose answers the test hands over itself, so a check can be kept "in flight". */
function heldPort() {
  const host = createStyleHost();
  const updates: StyleUpdate[] = [];
  let onReply: ((reply: StyleReply) => void) | null = null;
  const port: StylePort = {
    send(update) {
      host.apply(update);
      updates.push(update);
    },
    listen: (reply) => void (onReply = reply),
    close: () => void (onReply = null),
  };
  return { port, updates, host, deliver: (reply: StyleReply) => onReply?.(reply) };
}

const editors: Editor[] = [];
const clients: StyleClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => client.dispose());
  editors.splice(0).forEach((editor) => editor.destroy());
});

function start(createPort: () => StylePort, options: { delayMs?: number; createFallbackPort?: () => StylePort } = {}) {
  const editor = new Editor({ element: document.createElement('div'), extensions: editorExtensions, content: story, injectCSS: false });
  editors.push(editor);
  const client = createStyleClient(editor, { fields, levels: defaultStyleLevels }, { createPort, delayMs: 0, ...options });
  clients.push(client);
  return { editor, client };
}

function nextFindings(client: StyleClient) {
  return new Promise<NonNullable<ReturnType<StyleClient['current']>>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no new findings within 10 s')), 10_000);
    const stop = client.subscribe(() => {
      stop();
      clearTimeout(timer);
      resolve(client.current()!);
    });
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const textAt = (editor: Editor, range: { from: number; to: number } | null) => (range ? editor.state.doc.textBetween(range.from, range.to) : null);
const endOfBlock = (editor: Editor, index: number) => {
  let position = 0;
  for (let at = 0; at <= index; at += 1) position += editor.state.doc.child(at).nodeSize;
  return position - 1;
};

describe('the style client', () => {
  it('checks fields and body in the worker, with each body finding over exactly its text', async () => {
    const { editor, client } = start(createStyleInlinePort);
    const findings = await nextFindings(client);
    const quotes = findings.filter((finding) => finding.rule === 'straight-quotes');
    expect(quotes.map((finding) => finding.where)).toEqual([
      { kind: 'field', field: 'dek' },
      { kind: 'block', block: 2, paragraph: 1 },
      { kind: 'block', block: 2, paragraph: 1 },
    ]);
    for (const finding of quotes.filter((each) => each.range)) expect(textAt(editor, finding.range)).toBe(finding.actual);
  });

  it('after a keystroke sends only the text block that changed, and the finding it brings arrives', async () => {
    const held = heldPort();
    const { editor, client } = start(() => held.port);
    await until(() => held.updates.length === 1, 'the first update');
    expect(held.updates[0]?.splices).toEqual([
      { start: 0, deleteCount: 0, texts: ['Harbour', 'Ferry fares rise', "The port's board voted"] },
      { start: 3, deleteCount: 0, texts: ['The board met on Tuesday.', 'The vote', '"We held the line," said Ruth Okafor.'] },
    ]);
    held.deliver(held.host.check());
    editor.view.dispatch(editor.state.tr.insertText(' the the', endOfBlock(editor, 0)));
    await until(() => held.updates.length === 2, 'the update after typing');
    expect(held.updates[1]?.splices).toEqual([{ start: 3, deleteCount: 1, texts: ['The board met on Tuesday. the the'] }]);
    const next = nextFindings(client);
    held.deliver(held.host.check());
    const doubled = (await next).find((finding) => finding.rule === 'doubled-words');
    expect(textAt(editor, doubled?.range ?? null)).toBe('the the');
  });

  it('never applies findings about a text that has changed since, and applies the next ones', async () => {
    const held = heldPort();
    const { editor, client } = start(() => held.port, { delayMs: 20 });
    await until(() => held.updates.length === 1, 'the first update');
    held.deliver(held.host.check());
    const shown = client.current();
    expect(shown).not.toBeNull();
    editor.view.dispatch(editor.state.tr.insertText(' the the', endOfBlock(editor, 0)));
    await until(() => held.updates.length === 2, 'the second update');
    const aboutVersion2 = held.host.check();
    // Typed while the check is in flight: the answer about version 2 would put ranges over the wrong words.
    editor.view.dispatch(editor.state.tr.insertText('Update: ', 1));
    held.deliver(aboutVersion2);
    expect(client.current()).toBe(shown);
    client.setFields({ ...fields, headline: 'Ferry  fares rise' });
    await until(() => held.updates.length === 3, 'the third update');
    held.deliver(aboutVersion2);
    expect(client.current()).toBe(shown);
    const next = nextFindings(client);
    held.deliver(held.host.check());
    const findings = await next;
    expect(textAt(editor, findings.find((finding) => finding.rule === 'doubled-words')?.range ?? null)).toBe('the the');
    expect(findings.find((finding) => finding.rule === 'double-spaces')?.where).toEqual({ kind: 'field', field: 'headline' });
  });

  it('moves ranges through edits made since the check, so a fix lands on its words', async () => {
    const { editor, client } = start(createStyleInlinePort, { delayMs: 10_000 });
    const findings = await nextFindings(client);
    editor.view.dispatch(editor.state.tr.insertText('Breaking: ', 1));
    const quotes = client.placedNow(findings.filter((finding) => finding.rule === 'straight-quotes' && finding.range));
    for (const finding of quotes) expect(textAt(editor, finding.range)).toBe(finding.actual);
    applyEditorFixes(editor as unknown as Parameters<typeof applyEditorFixes>[0], fields, quotes, () => undefined);
    expect(editor.state.doc.child(2).textContent).toBe('“We held the line,” said Ruth Okafor.');
  });

  it('carries on on the main thread, from the whole article, when the worker cannot run', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const broken: StylePort = { send: () => undefined, listen: (_onReply, onFailure) => setTimeout(() => onFailure('the worker script could not be loaded'), 0), close: () => undefined };
      const { client } = start(() => broken, { createFallbackPort: createStyleInlinePort });
      const findings = await nextFindings(client);
      expect(findings.some((finding) => finding.rule === 'straight-quotes')).toBe(true);
      expect(errors).toEqual([expect.stringContaining('the worker script could not be loaded')]);
    } finally {
      console.error = original;
    }
  });
});
