/**
 * A connection or message the server refuses. Hocuspocus sends `reason` to the client (as the
 * permission-denied reason, or the close reason), so it is written for the person signing in.
 */
export class Refusal extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'Refusal';
    this.reason = reason;
  }
}
