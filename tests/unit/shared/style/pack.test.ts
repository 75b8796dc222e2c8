import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStylePack } from '../../../../main/style/stylePack';
import { defaultStylePack, parseStylePack } from '../../../../shared/style/pack';
import { tempDir } from '../../../support/tempDir';

describe('the rule pack in .copydesk/style.json', () => {
  it('means the defaults when there is no file, with no problem', async () => {
    expect(await readStylePack(await tempDir())).toEqual({ pack: defaultStylePack, problem: null });
  });

  it('switches rules off, sets levels, the date style and the time zone', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, '.copydesk'));
    await writeFile(join(dir, '.copydesk', 'style.json'), JSON.stringify({ rules: { said: 'off', 'straight-quotes': 'error' }, dates: 'day-month-year', timeZone: 'America/Chicago' }));
    const { pack, problem } = await readStylePack(dir);
    expect(problem).toBeNull();
    expect(pack).toEqual({ rules: { ...defaultStylePack.rules, said: 'off', 'straight-quotes': 'error' }, dateStyle: 'day-month-year', timeZone: 'America/Chicago' });
  });

  it('uses the defaults for a broken file and says exactly what is wrong', () => {
    const cases: [string, RegExp][] = [
      ['{"rules": {"said": "off",}}', /style\.json is not valid JSON \(.+\); the default house style is used/],
      ['[1, 2]', /must hold a JSON object/],
      ['{"rules": {"numbers": "off"}}', /rules\."numbers" is not a rule Copydesk knows; the rules are straight-quotes, doubled-words/],
      ['{"rules": {"said": "loud"}}', /"rules"\."said": "loud" is not one of off, error, warning, suggestion/],
      ['{"dates": "iso"}', /"dates": "iso" is not one of ap, day-month-year/],
      ['{"timeZone": "Mars/Olympus"}', /"timeZone": is not a time zone this computer knows/],
      ['{"rule": {}}', /unknown setting "rule"; the settings are rules, dates and timeZone/],
    ];
    for (const [text, message] of cases) {
      const result = parseStylePack(text);
      expect(result.pack).toEqual(defaultStylePack);
      expect(result.problem).toMatch(message);
    }
  });

  it('reports a pack it cannot read (a folder in its place) instead of failing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, '.copydesk', 'style.json'), { recursive: true });
    const result = await readStylePack(dir);
    expect(result.pack).toEqual(defaultStylePack);
    expect(result.problem).toMatch(/could not be read \(EISDIR\)/);
  });
});
