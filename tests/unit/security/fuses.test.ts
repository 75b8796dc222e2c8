import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { afterPack, copydeskFuses, packedBinaryPath } from '../../../main/packaging/fuses';
import { tempDir } from '../../support/tempDir';

const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse states as Electron writes them in the binary ('0' and '1'). */
const FuseState = { DISABLE: 48, ENABLE: 49 } as const;

/** A stand-in binary holding Electron's fuse wire (version 1, nine fuses, all enabled), as a real binary does. */
function fakeElectron(): Buffer {
  return Buffer.concat([Buffer.from('ELF…code…'), Buffer.from(sentinel), Buffer.from([1, 9]), Buffer.alloc(9, FuseState.ENABLE), Buffer.from('…more code')]);
}

describe('the afterPack hook', () => {
  it('switches off every Node.js entry point and turns on asar-only loading and integrity checks in the packed binary', async () => {
    const appOutDir = await tempDir();
    const context = { appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Copydesk' }, executableName: 'copydesk' } };
    await writeFile(packedBinaryPath(context), fakeElectron());
    await afterPack(context);
    const wire = (await getCurrentFuseWire(join(appOutDir, 'copydesk'))) as unknown as Record<number, number>;
    const off = [FuseV1Options.RunAsNode, FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseV1Options.EnableNodeCliInspectArguments, FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, FuseV1Options.GrantFileProtocolExtraPrivileges];
    const on = [FuseV1Options.EnableCookieEncryption, FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseV1Options.OnlyLoadAppFromAsar];
    for (const fuse of off) expect(wire[fuse], FuseV1Options[fuse]).toBe(FuseState.DISABLE);
    for (const fuse of on) expect(wire[fuse], FuseV1Options[fuse]).toBe(FuseState.ENABLE);
    expect(wire[8], 'a fuse newer than @electron/fuses knows is left as Electron ships it').toBe(FuseState.ENABLE);
    expect((await readFile(join(appOutDir, 'copydesk'))).length).toBe(fakeElectron().length);
  });

  it('sets every fuse @electron/fuses knows, so none is left to chance', () => {
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    for (const fuse of known) expect(typeof (copydeskFuses as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  it('finds the binary electron-builder packed on each platform', () => {
    const base = { appOutDir: '/out', arch: 1, packager: { appInfo: { productFilename: 'Copydesk' } } };
    expect(packedBinaryPath({ ...base, electronPlatformName: 'win32' })).toBe(join('/out', 'Copydesk.exe'));
    expect(packedBinaryPath({ ...base, electronPlatformName: 'darwin' })).toBe(join('/out', 'Copydesk.app'));
    expect(packedBinaryPath({ ...base, electronPlatformName: 'linux' })).toBe(join('/out', 'copydesk'));
  });

  it('refuses a file that is not an Electron binary', async () => {
    const appOutDir = await tempDir();
    await writeFile(join(appOutDir, 'Copydesk.exe'), 'not electron');
    await expect(afterPack({ appOutDir, electronPlatformName: 'win32', arch: 1, packager: { appInfo: { productFilename: 'Copydesk' } } })).rejects.toThrow(/sentinel/);
  });
});
