import mammoth from 'mammoth';
import { nodeText } from '../../shared/article/text';
import { AppError } from '../../shared/errors';
import { docxClasses, mapDocxHtml } from './docxBody';
import { classifyHeader } from './header';
import { decodeEntities, parseHtml } from './htmlTree';
import { emptyDraft, type ImportDraft } from './types';
import { inspectZip } from './zipGuard';

/** Word styles mapped onto Copydesk's fields and heading levels; `:fresh` keeps paragraphs apart. */
const styleMap = [
  `p[style-name='Title'] => h1.${docxClasses.headline}:fresh`,
  `p[style-name='Subtitle'] => p.${docxClasses.dek}:fresh`,
  `p[style-name='Heading 1'] => h2.${docxClasses.heading1}:fresh`,
  "p[style-name='Heading 2'] => h2:fresh",
  ...[3, 4, 5, 6, 7, 8, 9].map((level) => `p[style-name='Heading ${level}'] => h3:fresh`),
  "p[style-name='Quote'] => p:fresh",
  "p[style-name='Intense Quote'] => p:fresh",
];

/**
 * Reads a Word .docx: the package is checked first (encryption, truncation, zip bombs), then
 * mammoth turns it into limited HTML that is mapped onto the editor schema. Title and Subtitle
 * styles give the headline and dek; images, comments and footnotes are reported, not imported.
 */
export async function parseDocx(fileName: string, bytes: Uint8Array): Promise<ImportDraft> {
  const draft = emptyDraft('Word (.docx)', '');
  const zip = inspectZip(fileName, bytes);
  const html = await convert(fileName, bytes);
  reportMessages(html.messages, draft);
  reportComments(zip.read('word/comments.xml'), draft);
  mapDocxHtml(parseHtml(html.value), draft);
  if (!draft.headline) promoteLeadingParagraphs(draft);
  if (!draft.headline) draft.warnings.push('no headline found: give the headline Word\'s "Title" style');
  return draft;
}

async function convert(fileName: string, bytes: Uint8Array): Promise<{ value: string; messages: { type: string; message: string }[] }> {
  try {
    return await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('import-failed', `${fileName}: the document could not be read (${reason})`);
  }
}

function reportMessages(messages: { type: string; message: string }[], draft: ImportDraft): void {
  for (const { message } of messages) {
    const style = /^Unrecognised (paragraph|run) style: '([^']*)'/.exec(message);
    if (style) draft.dropped.push({ item: `Word ${style[1]} style "${style[2]}"`, reason: 'no matching editor format; the text is kept as plain text' });
    else draft.warnings.push(`Word document: ${message}`);
  }
}

/** Lists each Word comment, with its author and text, as not imported. */
function reportComments(xml: Buffer | null, draft: ImportDraft): void {
  const comments = xml ? xml.toString('utf8').match(/<w:comment\b[\s\S]*?<\/w:comment>/g) ?? [] : [];
  for (const comment of comments) {
    const author = decodeEntities(/w:author="([^"]*)"/.exec(comment)?.[1] ?? '');
    const text = decodeEntities([...comment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('')).slice(0, 200);
    draft.dropped.push({ item: `Word comment${author ? ` by ${author}` : ''}: "${text}"`, reason: 'comments are not imported' });
  }
}

/** Without Title and Subtitle styles, leading plain one-line paragraphs are read as kicker, headline and dek. */
function promoteLeadingParagraphs(draft: ImportDraft): void {
  const content = draft.body.content ?? [];
  const simple: string[] = [];
  for (const node of content.slice(0, 3)) {
    const isPlain = node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && !child.marks);
    if (!isPlain) break;
    simple.push(nodeText(node));
  }
  const header = classifyHeader(content.length > simple.length ? [...simple, '\n'] : simple);
  (['kicker', 'headline', 'dek'] as const).forEach((field) => {
    if (!header[field] || draft[field]) return;
    draft[field] = header[field];
    draft.fields.push({ field, value: header[field], origin: 'a leading paragraph' });
  });
  draft.body = { type: 'doc', content: content.slice(header.consumed) };
}
