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

/** Loads the model once (about half a second), on first use. */
function tagger(): Wink {
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/** Loads the language model now rather than on the first analysis (for a worker that starts idle). */
export function warmLanguageModel(): void {
  tagger();
}

const placeholder = 'something';

/** Counts of tagger work, for tests that check the analyser spends it only where it matters. */
export const languageStats = { paragraphs: 0, characters: 0 };

/**
 * Universal part-of-speech tags (`PROPN`, `NOUN`, `VERB`, `ADV` …) for the tokens of one
 * paragraph; quote tokens get `QUOTE`. The paragraph is rebuilt from its tokens, quotes replaced
 * by a placeholder, and the tagger's tokens are mapped back by character offset.
 */
export function tagTokens(tokens: readonly Token[]): string[] {
  const starts: number[] = [];
  let text = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && previous.end < token.start) text += ' ';
    starts.push(text.length);
    text += token.kind === 'quote' ? `"${placeholder}"` : token.text;
  });
  languageStats.paragraphs += 1;
  languageStats.characters += text.length;
  const nlp = tagger();
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tagAt = new Map<number, string>();
  let offset = 0;
  words.forEach((word, index) => {
    offset += (spaces[index] ?? '').length;
    tagAt.set(offset, tags[index] ?? 'X');
    offset += word.length;
  });
  return tokens.map((token, index) => (token.kind === 'quote' ? 'QUOTE' : (tagAt.get(starts[index] as number) ?? 'X')));
}
