/**
 * The language layer: part-of-speech tags from wink-nlp (English lite web model), which runs in
 * Node and in the browser. Only the reporter's own words are tagged: each quoted span is replaced
 * by a placeholder word, which makes tagging cheaper and keeps quoted words from confusing the
 * tagger about the sentence around them.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens';

type Wink = ReturnType<typeof winkNLP>;

let wink: Wink | null = null;
/** Lexicon ids below this belong to the model's own English lexicon; higher ones are words it met in text. */
let lexiconSize = 0;

/** Loads the model once (about half a second), on first use. */
function tagger(): Wink {
  if (wink) return wink;
  wink = winkNLP(model, ['pos']);
  // The model numbers the words it has never seen from the end of its own lexicon upwards, so
  // the id of a word that cannot be English, read first, is the size of that lexicon.
  lexiconSize = wink.readDoc('qxzqjvk').tokens().out(wink.its.uniqueId)[0] as unknown as number;
  return wink;
}

/** Loads the language model now rather than on the first analysis (for a worker that starts idle). */
export function warmLanguageModel(): void {
  tagger();
}

const placeholder = 'something';

/** Counts of tagger work, for tests that check the analyser spends it only where it matters. */
export const languageStats = { paragraphs: 0, characters: 0 };

interface Compact {
  text: string;
  /** Offset in `text` of each token. */
  starts: number[];
}

/** The paragraph rebuilt from its tokens, each quote replaced by the placeholder word. */
function compact(tokens: readonly Token[]): Compact {
  const starts: number[] = [];
  let text = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && previous.end < token.start) text += ' ';
    starts.push(text.length);
    text += token.kind === 'quote' ? `"${placeholder}"` : token.text;
  });
  return { text, starts };
}

/** Tags by offset, as small numbers: `names[n - 1]` is tag `n`, and 0 marks an offset where no tagger token starts. */
interface TagsByOffset {
  codes: Uint8Array;
  names: string[];
}

/** Tag of each tagger token, by its offset in the text (a typed array as long as the text, so a lookup is one index, even for a 1 MB paragraph). */
function tagsByOffset(text: string): TagsByOffset {
  const nlp = tagger();
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const codes = new Uint8Array(text.length + 1);
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  let offset = 0;
  for (let index = 0; index < words.length; index += 1) {
    offset += (spaces[index] ?? '').length;
    const tag = tags[index] ?? 'X';
    let code = codeOf.get(tag);
    if (code === undefined) {
      names.push(tag);
      code = names.length;
      if (code > 255) throw new RangeError(`tagParagraphs: the tagger gave more than 255 distinct tags`);
      codeOf.set(tag, code);
    }
    codes[offset] = code;
    offset += (words[index] as string).length;
  }
  return { codes, names };
}

/**
 * Universal part-of-speech tags (`PROPN`, `NOUN`, `VERB`, `ADV` …) for the tokens of several
 * paragraphs at once (one call to the tagger costs far less than many small ones); quote tokens
 * get `QUOTE`. Each paragraph is rebuilt from its tokens with quotes replaced by a placeholder,
 * the paragraphs are joined by blank lines, and the tagger's tokens are mapped back by offset.
 */
export function tagParagraphs(paragraphs: readonly (readonly Token[])[]): string[][] {
  const parts = paragraphs.map(compact);
  const bases: number[] = [];
  let joined = '';
  for (const part of parts) {
    if (joined !== '') joined += '\n\n';
    bases.push(joined.length);
    joined += part.text;
  }
  languageStats.paragraphs += paragraphs.length;
  languageStats.characters += joined.length;
  const tagAt = joined === '' ? { codes: new Uint8Array(1), names: [] } : tagsByOffset(joined);
  return paragraphs.map((tokens, index) => {
    const part = parts[index] as Compact;
    const base = bases[index] as number;
    return tokens.map((token, at) => {
      if (token.kind === 'quote') return 'QUOTE';
      const code = tagAt.codes[base + (part.starts[at] as number)] as number;
      return code === 0 ? 'X' : (tagAt.names[code - 1] as string);
    });
  });
}

/** What the model's English lexicon says of a lower-case word: its part of speech out of context, or null when the word is not in it. */
const lexicalTags = new Map<string, string | null>();
const maxLexicalTags = 50_000;

/**
 * The part of speech the model's lexicon gives a lower-case word on its own (`billionaire` →
 * `NOUN`, `continued` → `VERB`, `washington` → `PROPN`), or null when the word is not an English
 * word the model knows (most surnames and given names: `lightfoot`, `hillary`). Cached per word.
 */
export function lexicalTag(lower: string): string | null {
  const known = lexicalTags.get(lower);
  if (known !== undefined) return known;
  const nlp = tagger();
  const tokens = nlp.readDoc(lower).tokens();
  const ids = tokens.out(nlp.its.uniqueId) as unknown as number[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const tag = ids.length === 1 && (ids[0] as number) < lexiconSize ? (tags[0] ?? null) : null;
  if (lexicalTags.size >= maxLexicalTags) lexicalTags.clear();
  lexicalTags.set(lower, tag);
  return tag;
}
