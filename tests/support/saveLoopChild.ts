import { Library } from '../../main/library/library';
import { bodyOfWords } from './articles';

/**
 * Child process for the crash test: saves one article over and over with the product's own
 * save path, printing each version number after its save returns.
 */
const [dir, cachePath, id] = process.argv.slice(2);
if (!dir || !cachePath || !id) throw new Error('usage: saveLoopChild <workspace> <cache> <id>');
const library = await Library.open(dir, cachePath);
let article = await library.workspace.load(id);
for (let version = 1; ; version += 1) {
  ({ article } = await library.workspace.save({ ...article, headline: `Version ${version}`, body: bodyOfWords(version, 400 + (version % 7) * 300) }));
  process.stdout.write(`${version}\n`);
}
