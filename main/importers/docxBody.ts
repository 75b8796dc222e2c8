import type { BodyNode } from '../../shared/article/model';
import { isSafeHref } from '../../shared/editor/links';
import { elementText, type HtmlElement, type HtmlNode } from './htmlTree';
import { normaliseInline, paragraphNode, textNode, type MarkJson } from './inline';
import type { ImportDraft } from './types';

/** Class names the docx style map gives the display styles, so the mapper can find them. */
export const docxClasses = { headline: 'cd-headline', dek: 'cd-dek', heading1: 'cd-heading-1' } as const;

const inlineTags = new Set(['#text', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'span', 'a', 'br', 'img']);
const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote']);
const plainFormatting: Record<string, string> = { u: 'underline', s: 'strikethrough', sub: 'subscript', sup: 'superscript' };

/**
 * Maps mammoth's HTML tree onto the editor schema, filling the draft's body. `h1.cd-headline`
 * (Word's Title style) becomes the headline and `p.cd-dek` (Subtitle) the dek; headings become
 * levels 2 and 3, lists stay lists, tables are flattened; images and unsafe links are reported.
 */
export function mapDocxHtml(root: HtmlElement, draft: ImportDraft): void {
  const elements = root.children.filter((child): child is HtmlElement => child.kind === 'element');
  const first = elements[0];
  if (first?.attrs.class === docxClasses.heading1 && !elements.some((element) => element.attrs.class === docxClasses.headline)) {
    first.attrs.class = docxClasses.headline;
  }
  draft.body = { type: 'doc', content: readBlocks(root.children, draft) };
}

function readBlocks(children: HtmlNode[], draft: ImportDraft): BodyNode[] {
  const blocks: BodyNode[] = [];
  let run: HtmlNode[] = [];
  const flush = (): void => {
    const inline = inlineContent(run, draft);
    if (inline.length > 0) blocks.push(paragraphNode(inline));
    run = [];
  };
  for (const child of children) {
    const tag = child.kind === 'text' ? '#text' : child.tag;
    if (inlineTags.has(tag) || !blockTags.has(tag)) {
      if (child.kind === 'element' && !inlineTags.has(tag)) run.push(...child.children);
      else run.push(child);
      continue;
    }
    flush();
    if (child.kind === 'element') blocks.push(...readBlock(child, draft));
  }
  flush();
  return blocks;
}

function readBlock(element: HtmlElement, draft: ImportDraft): BodyNode[] {
  const className = element.attrs.class ?? '';
  if (className === docxClasses.headline || className === docxClasses.dek) return displayLine(element, draft);
  if (/^h[1-6]$/.test(element.tag)) {
    const content = inlineContent(element.children, draft);
    const level = element.tag <= 'h2' ? 2 : 3;
    return content.length > 0 ? [{ type: 'heading', attrs: { level }, content }] : [];
  }
  if (element.tag === 'ul' || element.tag === 'ol') return readList(element, draft);
  if (element.tag === 'li') return [listItem(readBlocks(element.children, draft))];
  if (element.tag === 'table') {
    draft.dropped.push({ item: `table ("${elementText(element).slice(0, 60)}…")`, reason: 'tables are not part of the editor; cell text kept as paragraphs' });
    return readBlocks(tableCells(element), draft);
  }
  if (element.tag === 'p') {
    const content = inlineContent(element.children, draft);
    return content.length > 0 ? [paragraphNode(content)] : [];
  }
  return readBlocks(element.children, draft);
}

/** Title and Subtitle paragraphs: the first of each fills its field, later ones stay in the body. */
function displayLine(element: HtmlElement, draft: ImportDraft): BodyNode[] {
  const field = element.attrs.class === docxClasses.headline ? 'headline' : 'dek';
  const text = elementText(element).replace(/\s+/g, ' ').trim();
  if (!text) return [];
  if (!draft[field]) {
    draft[field] = text;
    draft.fields.push({ field, value: text, origin: field === 'headline' ? 'Word "Title" style' : 'Word "Subtitle" style' });
    return [];
  }
  const style = field === 'headline' ? 'Title' : 'Subtitle';
  draft.warnings.push(`a second ${style} paragraph ("${text.slice(0, 60)}") was kept in the body`);
  const content = inlineContent(element.children, draft);
  return field === 'headline' ? [{ type: 'heading', attrs: { level: 2 }, content }] : [paragraphNode(content)];
}

function readList(element: HtmlElement, draft: ImportDraft): BodyNode[] {
  const items = element.children.filter((child): child is HtmlElement => child.kind === 'element' && child.tag === 'li');
  if (items.length > 0 && items.every((item) => /^(footnote|endnote)-/.test(item.attrs.id ?? ''))) {
    for (const item of items) {
      draft.dropped.push({ item: `note: "${elementText(item).replace(/\s*↑\s*$/, '').trim().slice(0, 120)}"`, reason: 'footnotes and endnotes are not imported' });
    }
    return [];
  }
  const content = items.map((item) => listItem(readBlocks(item.children, draft)));
  if (content.length === 0) return [];
  return [{ type: element.tag === 'ol' ? 'orderedList' : 'bulletList', content }];
}

function listItem(content: BodyNode[]): BodyNode {
  return { type: 'listItem', content: content[0]?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content] };
}

function tableCells(table: HtmlElement): HtmlNode[] {
  const cells: HtmlNode[] = [];
  const visit = (node: HtmlNode): void => {
    if (node.kind !== 'element') return;
    if (node.tag === 'td' || node.tag === 'th') cells.push({ kind: 'element', tag: 'div', attrs: {}, children: node.children });
    else node.children.forEach(visit);
  };
  visit(table);
  return cells;
}

function inlineContent(children: HtmlNode[], draft: ImportDraft): BodyNode[] {
  return normaliseInline(readInline(children, [], draft));
}

function readInline(children: HtmlNode[], marks: MarkJson[], draft: ImportDraft): BodyNode[] {
  const nodes: BodyNode[] = [];
  for (const child of children) {
    if (child.kind === 'text') nodes.push(textNode(child.text, marks));
    else nodes.push(...readInlineElement(child, marks, draft));
  }
  return nodes;
}

function readInlineElement(element: HtmlElement, marks: MarkJson[], draft: ImportDraft): BodyNode[] {
  const inner = (added: MarkJson[]): BodyNode[] => readInline(element.children, [...marks, ...added], draft);
  switch (element.tag) {
    case 'strong':
    case 'b':
      return inner([{ type: 'bold' }]);
    case 'em':
    case 'i':
      return inner([{ type: 'italic' }]);
    case 'br':
      return [{ type: 'hardBreak' }];
    case 'img':
      draft.dropped.push({ item: `image${element.attrs.alt ? ` "${element.attrs.alt}"` : ''}`, reason: 'images are not imported; add art in the layout' });
      return [];
    case 'a':
      return inner(linkMarks(element, draft));
    default:
      return formattedInline(element, inner, draft);
  }
}

function formattedInline(element: HtmlElement, inner: (added: MarkJson[]) => BodyNode[], draft: ImportDraft): BodyNode[] {
  const isNoteReference = element.tag === 'sup' && element.children.some((child) => child.kind === 'element' && /^#(footnote|endnote)-/.test(child.attrs.href ?? ''));
  if (isNoteReference) return [];
  const formatting = plainFormatting[element.tag];
  if (formatting && !draft.dropped.some((entry) => entry.item === `${formatting} formatting`)) {
    draft.dropped.push({ item: `${formatting} formatting`, reason: 'the editor has no such format; the text is kept' });
  }
  return inner([]);
}

function linkMarks(element: HtmlElement, draft: ImportDraft): MarkJson[] {
  const href = element.attrs.href;
  if (href === undefined) return [];
  if (isSafeHref(href)) return [{ type: 'link', attrs: { href } }];
  const text = elementText(element).trim();
  const reason = href.startsWith('#') ? 'links inside the document are not kept; the text is kept' : 'not an http, https or mailto address; the link text is kept';
  draft.dropped.push({ item: `link "${href}" on "${text}"`, reason });
  return [];
}
