import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { NewsroomReply, NewsroomRequest } from '../../shared/collab/protocol';
import { AppError } from '../../shared/errors';

/** How long a request on the newsroom document may take before it fails. */
const requestTimeoutMs = 10_000;

/**
 * Requests to the server over the newsroom control document's stateless messages: each gets an
 * id, and the reply carrying that id settles it. A request made before sign-in waits for it; one
 * that gets no reply in time, or is refused, fails with an AppError saying so.
 */
export class ControlRequests {
  private readonly pending = new Map<string, { resolve: (reply: NewsroomReply) => void; timer: NodeJS.Timeout }>();
  private nextRequest = 0;

  /**
   * Sends `request` on `control` once it is signed in and resolves with the server's reply.
   * `refusal` is why the server last refused this token, or null.
   */
  async send(control: HocuspocusProvider, request: NewsroomRequest, refusal: string | null): Promise<NewsroomReply> {
    await signedIn(control, refusal);
    const requestId = String((this.nextRequest += 1));
    const reply = await new Promise<NewsroomReply | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve(null);
      }, requestTimeoutMs);
      this.pending.set(requestId, { resolve, timer });
      control.sendStateless(JSON.stringify({ ...request, requestId }));
    });
    if (reply === null) throw new AppError('cancelled', 'the newsroom server did not answer; check the connection and try again');
    if (reply.type === 'refused') throw new AppError('forbidden', reply.message);
    return reply;
  }

  /** Settles the request a stateless message answers; anything else (not JSON, no such request) is ignored. */
  receive(payload: string): void {
    let reply: NewsroomReply;
    try {
      reply = JSON.parse(payload) as NewsroomReply;
    } catch {
      return;
    }
    const waiting = this.pending.get(reply.requestId);
    if (!waiting) return;
    this.pending.delete(reply.requestId);
    clearTimeout(waiting.timer);
    waiting.resolve(reply);
  }

  /** Forgets every request still waiting (the connection is closing); their callers are not settled. */
  clear(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

/** Resolves once the control document is authenticated; an AppError when the server refused the token or cannot be reached. */
function signedIn(control: HocuspocusProvider, refusal: string | null): Promise<void> {
  if (refusal !== null) return Promise.reject(new AppError('forbidden', `not signed in: ${refusal}`));
  if (control.isAuthenticated) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      control.off('authenticated', onAuthenticated);
      control.off('authenticationFailed', onFailed);
    };
    const onAuthenticated = () => {
      done();
      resolve();
    };
    const onFailed = ({ reason }: { reason: string }) => {
      done();
      reject(new AppError('forbidden', `not signed in: ${reason}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new AppError('cancelled', 'the newsroom server cannot be reached; your edits are kept and sync when it can'));
    }, requestTimeoutMs);
    control.on('authenticated', onAuthenticated);
    control.on('authenticationFailed', onFailed);
  });
}
