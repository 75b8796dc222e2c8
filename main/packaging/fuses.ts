import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron fuses for the packaged app: every Node.js entry point the app does not use is switched
 * off in the binary itself, and the app may only be loaded from its integrity-checked `app.asar`.
 */
export const copydeskFuses = {
  version: FuseVersion.V1,
  // `ELECTRON_RUN_AS_NODE` would turn the signed binary into a plain Node.js interpreter.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseV1Config;

/** The part of electron-builder's `AfterPackContext` this hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** Path of the Electron binary (or macOS app bundle) electron-builder just packed. */
export function packedBinaryPath(context: PackedApp): string {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName ?? name.toLowerCase());
  }
}

/** electron-builder 3 is `Arch.arm64`: only Apple silicon builds need their ad-hoc signature renewed. */
const arm64 = 3;

/** electron-builder `afterPack` hook: flips the fuses in the packed binary before it is signed. */
export async function afterPack(context: PackedApp): Promise<void> {
  const isAppleSilicon = (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && context.arch === arm64;
  await flipFuses(packedBinaryPath(context), { ...copydeskFuses, resetAdHocDarwinSignature: isAppleSilicon });
}
