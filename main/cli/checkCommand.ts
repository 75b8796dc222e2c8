import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { publishChecklist, readyProblem, type ChecklistItem } from '../../shared/publish';
import { checkArticleStyle } from '../../shared/style/articleStyle';
import { readArticleFile } from '../articles/articleFile';
import { loadArticleAnalyser } from '../export/analyser';
import { readStylePack } from '../style/stylePack';

const usage = 'usage: npm run --silent cli -- check <file.article.json ...>\n';

const severityMarks: Record<ChecklistItem['severity'], string> = { ok: 'ok     ', warning: 'warning', error: 'ERROR  ' };

/** One checklist line: severity, label, reason. */
export function formatChecklistItem(item: ChecklistItem): string {
  return `${severityMarks[item.severity]}  ${item.label}: ${item.reason}`;
}

/**
 * `check <files…>`: prints each article's publish checklist, with the house style of the
 * `.copydesk/style.json` in its folder and its workflow status. Exits 1 when any article still has
 * an error or cannot be read (the message names the file and the reason), 0 otherwise.
 */
export async function runCheck(args: string[]): Promise<number> {
  let files: string[];
  try {
    files = parseArgs({ args, allowPositionals: true, options: {} }).positionals;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(usage);
    return 2;
  }
  const analyse = await loadArticleAnalyser();
  let hasError = false;
  for (const file of files) {
    try {
      const { article } = await readArticleFile(file);
      const style = await readStylePack(dirname(file));
      if (style.problem) process.stderr.write(`copydesk check: warning: ${style.problem}\n`);
      const notReady = readyProblem(article);
      const status: ChecklistItem = notReady
        ? { id: 'status', severity: 'error', label: 'Workflow status', reason: `Not publishable yet: ${notReady}.`, target: null }
        : { id: 'status', severity: 'ok', label: 'Workflow status', reason: 'ready', target: null };
      const items = [status, ...publishChecklist(article, analyse(article), undefined, { style: checkArticleStyle(article, style.pack.rules) })];
      const errors = items.filter((item) => item.severity === 'error').length;
      const warnings = items.filter((item) => item.severity === 'warning').length;
      process.stdout.write(`${file}\n${items.map((item) => `  ${formatChecklistItem(item)}`).join('\n')}\n`);
      process.stdout.write(`  ${errors} error(s), ${warnings} warning(s)\n`);
      hasError ||= errors > 0;
    } catch (error) {
      process.stderr.write(`copydesk check: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      hasError = true;
    }
  }
  return hasError ? 1 : 0;
}
