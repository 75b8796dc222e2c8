import type { Article, BodyNode } from '../article/model';
import { bodyBlocks, nodeText } from '../article/text';
import type { AnalyserInput, ExplicitLink } from '../attribution/types';

function inlineQuoteSourceId(node: BodyNode): string | null {
  const mark = node.marks?.find((candidate) => candidate.type === 'inlineQuote');
  const sourceId = mark?.attrs?.sourceId;
  return typeof sourceId === 'string' && sourceId !== '' ? sourceId : null;
}

/** The inline-quote spans of one paragraph, with offsets into its `nodeText`; touching spans of one source merge. */
function paragraphLinks(paragraph: BodyNode, index: number): ExplicitLink[] {
  const links: ExplicitLink[] = [];
  let offset = 0;
  for (const child of paragraph.content ?? []) {
    const length = nodeText(child).length;
    const sourceId = child.type === 'text' ? inlineQuoteSourceId(child) : null;
    const previous = links[links.length - 1];
    if (sourceId && previous && previous.sourceId === sourceId && previous.end === offset) previous.end += length;
    else if (sourceId) links.push({ paragraph: index, start: offset, end: offset + length, sourceId });
    offset += length;
  }
  return links;
}

/**
 * Builds what the attribution analyser reads from an article: the body paragraphs (numbered as
 * `bodyParagraphs` numbers them), sources, inline-quote links, pull quotes and reviews.
 */
export function analyserInputFor(article: Pick<Article, 'body' | 'sources' | 'reviews'>): AnalyserInput {
  const blocks = bodyBlocks(article.body);
  const paragraphs = blocks.filter((block) => block.type === 'paragraph');
  return {
    paragraphs: paragraphs.map((block) => block.text),
    sources: article.sources.map(({ id, kind, name, title, level, anonymityReason }) => ({
      id,
      kind,
      name,
      title,
      level,
      anonymityReason,
    })),
    links: paragraphs.flatMap((block, index) => paragraphLinks(block.node, index)),
    pullQuotes: blocks
      .filter((block) => block.type === 'pullQuote')
      .map((block) => {
        const sourceId = block.node.attrs?.sourceId;
        return { text: block.text, sourceId: typeof sourceId === 'string' && sourceId !== '' ? sourceId : null };
      }),
    reviews: article.reviews,
  };
}
