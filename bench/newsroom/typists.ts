/**
 * Child process for the newsroom bench: a share of the typing clients, each a bare Hocuspocus
 * provider with its own socket, typing into its own paragraph and reporting the Yjs clock and
 * time of every keystroke to the main process. Once synced, a typist stops applying what it
 * receives (the server still sends it every update): 50 real clients each have a machine of
 * their own, and 50 full clients on this machine's 2 shared cores would measure this machine,
 * not the server. The three observers in the main process apply everything.
 */
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { storyDocumentName } from '../../shared/collab/names';
import { typeInto } from '../../tests/support/typing';

interface TypistsData {
  url: string;
  storyId: string;
  tokens: string[];
  /** Paragraph index (1-based after the first) of each client in this worker. */
  paragraphs: number[];
  keystrokesPerSecond: number;
  seconds: number;
}

const data = JSON.parse(process.argv[2] ?? '{}') as TypistsData;
const send = process.send?.bind(process);
if (!send) throw new Error('typists.ts runs as a forked child process');
const now = () => performance.timeOrigin + performance.now();

const clients = data.paragraphs.map((paragraph, index) => {
  const socket = new HocuspocusProviderWebsocket({ url: data.url, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: storyDocumentName(data.storyId), document: doc, token: data.tokens[index % data.tokens.length] as string });
  provider.attach();
  return { paragraph, socket, doc, provider };
});

const ready = setInterval(() => {
  if (!clients.every(({ provider, doc }) => provider.isSynced && doc.getXmlFragment('body').length > 0)) return;
  clearInterval(ready);
  for (const { socket } of clients) socket.configuration.providerMap.delete(storyDocumentName(data.storyId));
  send({ type: 'ready' });
}, 10);

process.on('message', (message: { type: 'go' | 'stop' }) => {
  if (message.type === 'stop') {
    for (const { provider, socket } of clients) {
      provider.destroy();
      socket.destroy();
    }
    process.exit(0);
  }
  const interval = 1_000 / data.keystrokesPerSecond;
  const started = performance.now();
  clients.forEach(({ doc, paragraph }, index) => {
    let count = 0;
    const offset = (index * interval) / clients.length;
    const tick = () => {
      const scheduled = started + offset + count * interval;
      if (scheduled - started > data.seconds * 1_000) return;
      const at = now();
      // How late this keystroke is against its schedule: this process's own share of the CPU.
      const late = performance.now() - scheduled;
      typeInto(doc, paragraph, Number.MAX_SAFE_INTEGER, 'k');
      send({ type: 'sent', client: doc.clientID, clock: Y.getState(doc.store, doc.clientID), at, late });
      count += 1;
      setTimeout(tick, Math.max(0, started + offset + count * interval - performance.now()));
    };
    setTimeout(tick, offset);
  });
});
