import { afterPack } from './fuses';

/** Entry electron-builder loads (bundled to `out/packaging/afterPack.cjs` by `npm run package`). */
export default afterPack;
