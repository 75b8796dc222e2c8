import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';

/** One Electronegativity finding, reduced to what SECURITY.md explains: the check and the file. */
export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
}

/** Electronegativity's only network-dependent check (it looks up Electron releases online). */
export const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(import.meta.url);

/**
 * Electronegativity fetches translations from the internet before every scan. This replaces that
 * module with one that loads the English strings shipped in the package, so the scan runs offline.
 */
function installOfflineTranslations(): void {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const i18nPath = join(dirname(runnerPath), 'locales', 'i18n.js');
  const fromScanner = createRequire(runnerPath);
  const i18n = fromScanner('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  const offline = new Module(i18nPath);
  offline.filename = i18nPath;
  offline.loaded = true;
  offline.exports = async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nPath), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  require.cache[i18nPath] = offline;
}

type Runner = (options: object, forCli: boolean) => Promise<{ issues: { id: string; file: string; location?: { line: number }; severity?: { name: string }; confidence?: { name: string } }[]; errors: unknown[]; globalChecks: number; atomicChecks: number }>;

/** Runs Electronegativity on a folder and returns its findings, with file paths relative to it. */
export async function scan(input: string): Promise<{ findings: Finding[]; errors: unknown[]; checks: number }> {
  installOfflineTranslations();
  const run = require('@doyensec/electronegativity') as Runner;
  const result = await run({ input, customScan: [], excludeFromScan: excludedChecks.map((check) => check.toLowerCase()), isRelative: true, isVerbose: false, parserPlugins: [] }, false);
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    line: issue.location?.line ?? 0,
    severity: issue.severity?.name ?? '',
    confidence: issue.confidence?.name ?? '',
  }));
  return { findings, errors: result.errors, checks: result.globalChecks + result.atomicChecks };
}

/** Copies the code that runs in the app (not tests, tools or node_modules) into `dir`, as Electronegativity should see it. */
export async function stageAppSource(root: string, dir: string): Promise<void> {
  for (const folder of ['main', 'preload', 'shared', 'renderer']) await cp(join(root, folder), join(dir, folder), { recursive: true });
  await cp(join(root, 'package.json'), join(dir, 'package.json'));
}

/** Writes a one-file app with `source` as its main process, to prove the scan can fail. */
export async function stageSingleFile(dir: string, source: string): Promise<void> {
  await mkdir(join(dir, 'main'), { recursive: true });
  await writeFile(join(dir, 'main', 'index.js'), source);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'probe', devDependencies: { electron: '45.3.4' } }));
}

/** The explained findings: rows of the table under "Electronegativity findings" in SECURITY.md, as `CHECK_ID file`. */
export async function explainedFindings(securityMdPath: string): Promise<Set<string>> {
  const text = await readFile(securityMdPath, 'utf8');
  const section = text.split(/^## /m).find((part) => part.startsWith('Electronegativity findings')) ?? '';
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)];
  return new Set(rows.map((row) => `${row[1]} ${row[2]}`));
}
