import { DOMParser as ProseMirrorParser, DOMSerializer } from '@tiptap/pm/model';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../shared/article/model';
import { editorSchema } from '../../../../shared/editor/extensions';
import { isSafeHref } from '../../../../shared/editor/links';
import { bodyProblem } from '../../../../shared/editor/validateBody';

const window = new Window();
const document = window.document;
type DomNode = Parameters<ReturnType<typeof ProseMirrorParser.fromSchema>['parse']>[0];
type DomDocument = Parameters<ReturnType<typeof DOMSerializer.fromSchema>['serializeFragment']>[1] extends infer O ? (O extends { document?: infer D } ? D : never) : never;

/** JSON → ProseMirror → HTML through the schema's renderHTML, then HTML → JSON through its parseHTML. */
function roundTrip(body: BodyNode): { html: string; json: BodyNode } {
  const node = editorSchema.nodeFromJSON(body);
  const host = document.createElement('div');
  host.appendChild(DOMSerializer.fromSchema(editorSchema).serializeFragment(node.content, { document: document as unknown as DomDocument }) as unknown as Parameters<typeof host.appendChild>[0]);
  const html = host.innerHTML;
  const reparsed = document.createElement('div');
  reparsed.innerHTML = html;
  const json = ProseMirrorParser.fromSchema(editorSchema).parse(reparsed as unknown as DomNode).toJSON() as BodyNode;
  return { html, json };
}

const text = (value: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const doc = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });

describe('custom nodes and marks survive JSON → HTML → JSON', () => {
  it('keeps a pull quote with its source id, as a figure around a blockquote', () => {
    const body = doc({ type: 'pullQuote', attrs: { sourceId: 'src-1' }, content: [text('We will rebuild the pier.')] });
    const { html, json } = roundTrip(body);
    expect(html).toBe('<figure data-pull-quote="" class="pull-quote" data-source-id="src-1"><blockquote>We will rebuild the pier.</blockquote></figure>');
    expect(json).toEqual(body);
  });

  it('keeps a pull quote that has no source yet', () => {
    const body = doc({ type: 'pullQuote', attrs: { sourceId: null }, content: [text('Unlinked words.')] });
    expect(roundTrip(body).json).toEqual(body);
  });

  it('keeps an inline quote mark with its source id and the quotation marks as typed', () => {
    const body = doc({ type: 'paragraph', content: [text('“We listened,”', [{ type: 'inlineQuote', attrs: { sourceId: 'src-2' } }]), text(' the mayor said.')] });
    const { html, json } = roundTrip(body);
    expect(html).toContain('<span data-inline-quote="" class="inline-quote" data-source-id="src-2">“We listened,”</span>');
    expect(json).toEqual(body);
  });

  it('keeps an editor’s note with its text', () => {
    const body = doc({ type: 'paragraph', content: [text('Check this figure', [{ type: 'editorNote', attrs: { note: 'Source? <b>really</b> "sure"' } }])] });
    const { html, json } = roundTrip(body);
    expect(html).toContain('data-note="Source? <b>really</b> &quot;sure&quot;"');
    expect(json).toEqual(body);
  });

  it('keeps overlapping marks, subheads, lists and safe links together', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
      { type: 'paragraph', content: [text('“Read the report,”', [{ type: 'bold' }, { type: 'inlineQuote', attrs: { sourceId: 's' } }, { type: 'editorNote', attrs: { note: 'verify' } }])] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('here', [{ type: 'link', attrs: { href: 'https://example.org/r', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }])] }] }] },
    );
    const { json } = roundTrip(body);
    expect(json).toEqual(body);
    expect(bodyProblem(json)).toBeNull();
  });

  it('drops an unsafe link when HTML is parsed, keeping its words', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p><a href="javascript:alert(1)">click</a> <a href="https://ok.example/">ok</a></p>';
    const json = ProseMirrorParser.fromSchema(editorSchema).parse(host as unknown as DomNode).toJSON() as BodyNode;
    const links = JSON.stringify(json).match(/"href":"[^"]*"/g);
    expect(links).toEqual(['"href":"https://ok.example/"']);
    expect(JSON.stringify(json)).toContain('click');
  });
});

describe('link addresses', () => {
  it.each(['https://example.org/a?b=c', 'http://example.org', 'mailto:desk@example.org'])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' https://x.org', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org', 'https://', 'mailto:nobody', '//example.org', 'java\tscript:alert(1)'])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});
