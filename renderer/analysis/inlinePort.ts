import { createLongLivedAnalyser } from './analyser';
import type { AnalysisPort } from './analysisClient';
import { createAnalysisHost } from './analysisHost';

/**
 * The analysis protocol served on this thread, one task after each update, for when the worker
 * cannot run: analysis then costs the main thread again, but the review keeps working.
 */
export function createInlinePort(): AnalysisPort {
  const host = createAnalysisHost(createLongLivedAnalyser());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let handlers: { onReply: Parameters<AnalysisPort['listen']>[0]; onFailure: Parameters<AnalysisPort['listen']>[1] } | null = null;
  return {
    send(update) {
      try {
        host.apply(update);
      } catch (error) {
        handlers?.onFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        handlers?.onReply(host.analyse());
      }, 0);
    },
    listen(onReply, onFailure) {
      handlers = { onReply, onFailure };
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      handlers = null;
    },
  };
}
