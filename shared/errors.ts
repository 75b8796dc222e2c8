/**
 * The closed set of error codes that may cross from main to the renderer. Each names a
 * failure a reporter can act on; programmer errors are thrown, not coded.
 */
export const errorCodes = [
  'invalid-argument',
  'not-found',
  'unreadable-file',
  'write-failed',
  'conflict',
  'cancelled',
  'import-failed',
  'export-blocked',
  'export-failed',
  'forbidden',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Serialisable form of an error as it crosses a process boundary. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

/** An expected failure with a code and a message written for the person using Copydesk. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message };
  }
}

/** True when a value is an `AppError`, or a payload shaped like one. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.message === 'string' &&
    typeof record.code === 'string' &&
    (errorCodes as readonly string[]).includes(record.code)
  );
}
