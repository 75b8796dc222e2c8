import './zodConfig';
import { AppError, isErrorPayload } from '../shared/errors';
import { apiMethods, type ApiArg, type ApiMethod, type ApiResult, type CopydeskBridge, type CopydeskEvents, type EventName, type Privacy } from '../shared/ipc';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

function bridge(): CopydeskBridge {
  const value = window.copydesk;
  if (!value) throw new AppError('internal', 'Copydesk’s bridge to the main process is missing');
  return value;
}

/** Calls one main-process method and returns its value, or throws the `AppError` it reported. */
export async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
  const invoke = bridge()[method] as (value: ApiArg<M>) => Promise<unknown>;
  const envelope = (await invoke(arg)) as { ok: boolean; value?: unknown; error?: unknown };
  if (envelope.ok) return envelope.value as ApiResult<M>;
  if (isErrorPayload(envelope.error)) throw new AppError(envelope.error.code, envelope.error.message);
  throw new AppError('internal', `${method} returned a malformed answer`);
}

/** Subscribes to an event from main; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: CopydeskEvents[E]) => void): () => void {
  return bridge().on(event, listener);
}

let privacy: Promise<Privacy> | null = null;

/** Whether private source fields are encrypted on this computer; asked of main once per window. */
export function getPrivacy(): Promise<Privacy> {
  privacy ??= call('getPrivacy', undefined).catch((error: unknown) => {
    privacy = null;
    throw error;
  });
  return privacy;
}

/** Opens an http(s) link the user clicked in the system browser (main validates it again). */
export function openLink(href: string): Promise<void> {
  return call('openLink', { href });
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { AppError, apiMethods };
