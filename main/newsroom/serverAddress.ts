import type WebSocket from 'ws';
import { AppError } from '../../shared/errors';

/** The newsroom server's address and token as set, how an address is checked, and the WebSocket class connections use. */

/** The "Newsroom server" setting: where the server is and this person's token. Both null: no server. */
export interface NewsroomSettings {
  serverUrl: string | null;
  token: string | null;
}

/** A WebSocket class as the Hocuspocus provider constructs it. */
export type WebSocketClass = new (address: string, protocols?: string | string[]) => WebSocket;

/**
 * The WebSocket class handed to the provider, with one listener for 'error' that outlives the
 * provider's own. When the provider drops a socket that is still connecting (going offline
 * mid-handshake) it removes its listeners first and then closes it; `ws` reports that abort as
 * an 'error' event on the next tick, and with no listener left Node would crash the process.
 * Nothing is lost by ignoring it: the provider has already handled the close.
 */
export function withErrorGuard(Base: WebSocketClass): WebSocketClass {
  return class GuardedWebSocket extends Base {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('error', () => undefined);
    }
  };
}

/**
 * Checks a server address: `ws://` or `wss://` with a host, nothing else (no http, no file, no
 * credentials in the address). Returns it normalised; a bad address is an `invalid-argument` AppError.
 */
export function checkServerUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AppError('invalid-argument', `"${address.slice(0, 200)}" is not a server address (expected wss://host or ws://host:port)`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new AppError('invalid-argument', 'a newsroom server address starts with wss:// (or ws:// on a trusted network)');
  if (url.username || url.password) throw new AppError('invalid-argument', 'put the token in the token field, not in the server address');
  return url.href.replace(/\/$/, '');
}
