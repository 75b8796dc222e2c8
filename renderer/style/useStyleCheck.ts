import type { Editor } from '@tiptap/react';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/article/model';
import type { StylePack } from '../../shared/style/pack';
import { createStyleClient, type EditorStyleFinding, type StyleClient } from './styleClient';
import { createStyleInlinePort, createStyleWorkerPort } from './stylePorts';

/** Pause after the last edit before the changed texts go to the style worker. */
const idleDelayMs = 400;

/** Name of the User Timing measures of each style check round trip (read by `npm run bench`). */
export const styleMeasureName = 'copydesk:style';
const keptMeasures = 500;

function recordTiming(): (timing: { checkMs: number; roundTripMs: number }) => void {
  let count = 0;
  return (timing) => {
    if (++count % keptMeasures === 0) performance.clearMeasures(styleMeasureName);
    const end = performance.now();
    performance.measure(styleMeasureName, { start: end - timing.roundTripMs, end, detail: timing });
  };
}

/**
 * The house-style findings of the open article, checked in a worker: the changed texts go to it
 * when typing pauses (never per keystroke), and when a checked field or the rule pack changes.
 * Null until the rule pack has loaded and the first check came back. Also returns the client,
 * whose `placedNow` moves ranges through edits made since the check.
 */
export function useStyleCheck(editor: Editor | null, article: Pick<Article, 'kicker' | 'headline' | 'dek'>, pack: StylePack | null): { findings: EditorStyleFinding[] | null; client: StyleClient | null } {
  const [client, setClient] = useState<StyleClient | null>(null);
  const [findings, setFindings] = useState<EditorStyleFinding[] | null>(null);
  const { kicker, headline, dek } = article;
  const initial = useRef({ fields: { kicker, headline, dek }, levels: pack?.rules ?? null });
  initial.current = { fields: { kicker, headline, dek }, levels: pack?.rules ?? null };
  const isReady = pack !== null;
  useEffect(() => {
    const { fields, levels } = initial.current;
    if (!editor || !levels) return;
    const created = createStyleClient(editor, { fields, levels }, { createPort: createStyleWorkerPort, createFallbackPort: createStyleInlinePort, delayMs: idleDelayMs, onTiming: recordTiming() });
    const stop = created.subscribe(() => startTransition(() => setFindings(created.current())));
    setClient(created);
    return () => {
      stop();
      created.dispose();
      setClient(null);
      setFindings(null);
    };
  }, [editor, isReady]);
  useEffect(() => client?.setFields({ kicker, headline, dek }), [client, kicker, headline, dek]);
  useEffect(() => {
    if (pack) client?.setLevels(pack.rules);
  }, [client, pack]);
  return { findings, client };
}
