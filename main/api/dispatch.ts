import { AppError } from '../../shared/errors';
import { apiArgSchemas, apiMethods, type ApiMethod, type CopydeskApi, type Envelope } from '../../shared/ipc';

/** True when `name` is one of the contract's method names. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (apiMethods as readonly string[]).includes(name);
}

/**
 * Runs one call from the renderer: checks the method name, validates the argument with the
 * contract's zod schema, runs the handler and wraps the outcome in an envelope. Unexpected
 * errors become `internal` with no details that could leak private text.
 */
export async function dispatch(api: CopydeskApi, method: unknown, arg: unknown): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) return failure(new AppError('forbidden', 'unknown method'));
  const parsed = apiArgSchemas[method].safeParse(arg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return failure(new AppError('invalid-argument', `${method}: invalid argument${where}: ${issue?.message ?? 'rejected'}`));
  }
  try {
    const handler = api[method] as (value: unknown) => Promise<unknown>;
    return { ok: true, value: await handler.call(api, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    process.stderr.write(`copydesk: ${method} failed: ${error instanceof Error ? error.name : 'error'}\n`);
    return failure(new AppError('internal', `${method} failed unexpectedly; your text is still in the editor`));
  }
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toPayload() };
}
