import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStylePack, stylePackPath, type StylePackResult } from '../../shared/style/pack';

/**
 * Reads the workspace's house-style rule pack (`.copydesk/style.json`). No file means the defaults;
 * a file that cannot be read or parsed means the defaults and a problem that says why. Never throws
 * for a bad file, so a broken pack never stops an export.
 */
export async function readStylePack(workspaceDir: string): Promise<StylePackResult> {
  let text: string;
  try {
    text = await readFile(join(workspaceDir, stylePackPath), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return parseStylePack(null);
    const result = parseStylePack(null);
    return { ...result, problem: `${stylePackPath} could not be read (${code ?? String(error)}); the default house style is used until it can be` };
  }
  return parseStylePack(text);
}
