import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../articles/durableWrite';

/** The main window's last bounds and whether it was maximised. */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  isMaximized: z.boolean(),
});

function statePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/** Reads the saved window state; null when there is none or it is not a valid state (then defaults apply). */
export async function readWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(statePath(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Saves the window state through the durable write (whole file or the old one, never a torn one).
 * Misuse (a state that is not one) throws; a disk failure rejects with `AppError('write-failed')`.
 */
export async function writeWindowState(userDataDir: string, state: WindowState): Promise<void> {
  const checked = stateSchema.parse(state);
  await writeFileDurably(statePath(userDataDir), `${JSON.stringify(checked)}\n`);
}
