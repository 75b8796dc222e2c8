import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDir';
import { excludedChecks, explainedFindings, scan, stageAppSource, stageSingleFile } from './electronegativity';

const root = resolve('.');

describe('Electronegativity, offline', () => {
  it('reports no finding on the app source that SECURITY.md does not explain, and SECURITY.md explains nothing stale', async () => {
    const dir = await tempDir('copydesk-scan-');
    await stageAppSource(root, dir);
    const { findings, errors, checks } = await scan(dir);
    const explained = await explainedFindings(resolve(root, 'SECURITY.md'));
    const keys = findings.map((finding) => `${finding.id} ${finding.file}`);
    console.log(
      `electronegativity: ${checks} checks (excluded: ${excludedChecks.join(', ')}), ${findings.length} findings (each must be explained in SECURITY.md):\n` +
        findings.map((finding) => `  ${finding.id} ${finding.file}:${finding.line} ${finding.severity}/${finding.confidence}`).join('\n'),
    );
    expect(errors).toEqual([]);
    expect(checks).toBeGreaterThan(30);
    expect(keys.filter((key) => !explained.has(key)), 'findings not explained in SECURITY.md').toEqual([]);
    expect([...explained].filter((key) => !keys.includes(key)), 'explanations in SECURITY.md with no finding').toEqual([]);
  });

  it('would fail on an app that turns on Node integration and switches off context isolation', async () => {
    const dir = await tempDir('copydesk-scan-probe-');
    await stageSingleFile(dir, "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n");
    const { findings } = await scan(dir);
    const explained = await explainedFindings(resolve(root, 'SECURITY.md'));
    const unexplained = findings.filter((finding) => !explained.has(`${finding.id} ${finding.file}`)).map((finding) => finding.id);
    expect(unexplained).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
  });
});
