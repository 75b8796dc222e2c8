import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/article/model';
import { articleStyleSegments, type ArticleStyleFinding, type StyleSegment, type StyledField } from '../../shared/style/articleStyle';
import type { StyleFinding } from '../../shared/style/fixes';
import type { StylePack } from '../../shared/style/pack';
import { createStyleInlinePort, createStyleWorkerPort } from './stylePorts';
import type { StyleReply } from './styleProtocol';
import { withFallback } from '../worker/fallback';

/** The style findings of one version of an article, and whether they are of the article as it now is. */
export interface ArticleStyle {
  /** Null until the first check came back. */
  findings: ArticleStyleFinding[] | null;
  /** False while the article has changed since the findings were made (a check is on its way). */
  isCurrent: boolean;
}

interface Request {
  texts: string[];
  segments: StyleSegment[];
  pack: StylePack;
}

/**
 * Sends whole articles to a style port and reports the findings of the newest one only. The port
 * parses only texts it has not seen, so a changed article costs its changed paragraphs. If the
 * worker cannot run, the same protocol runs on this thread.
 */
function createArticleChecker(onStyle: (style: ArticleStyle | ((previous: ArticleStyle) => ArticleStyle)) => void): { check: (request: Request) => void; close: () => void } {
  let version = 0;
  let held = 0;
  let last: StyleFinding[] = [];
  let latest: Request | null = null;
  const check = (request: Request) => {
    version += 1;
    latest = request;
    port.send({ type: 'update', version, splices: [{ start: 0, deleteCount: held, texts: request.texts }], levels: request.pack.rules });
    held = request.texts.length;
    onStyle((previous) => ({ ...previous, isCurrent: false }));
  };
  const port = withFallback(createStyleWorkerPort, createStyleInlinePort, {
    name: 'House-style check',
    onSwitch: () => {
      held = 0;
      if (latest) check(latest);
    },
  });
  port.listen((reply: StyleReply) => {
    if (reply.type === 'result') last = reply.findings;
    if (reply.version !== version || !latest) return;
    if (reply.type === 'failed') return console.error(`House-style check failed: ${reply.message}`);
    const segments = latest.segments;
    onStyle({ findings: last.map((finding) => ({ ...finding, where: segments[finding.segment] as StyleSegment })), isCurrent: true });
  }, () => undefined);
  return { check, close: () => port.close() };
}

/**
 * The house-style findings of a whole article (the publish checklist's), checked off the main
 * thread in a style worker of its own; answers about an older version of the article are never
 * reported as current.
 */
export function useArticleStyle(article: Pick<Article, StyledField | 'body'>, pack: StylePack | null): ArticleStyle {
  const [style, setStyle] = useState<ArticleStyle>({ findings: null, isCurrent: false });
  const checker = useRef<ReturnType<typeof createArticleChecker> | null>(null);
  useEffect(() => {
    const created = createArticleChecker(setStyle);
    checker.current = created;
    return () => {
      checker.current = null;
      created.close();
    };
  }, []);
  useEffect(() => {
    if (pack) checker.current?.check({ ...articleStyleSegments(article), pack });
  }, [article, pack]);
  return style;
}
