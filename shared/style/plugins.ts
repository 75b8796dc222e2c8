import type { Paragraph, Parents, Root, RootContent, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { StyleRuleId } from './rules';

/** A retext transformer that reports findings on the file and leaves the tree as it found it. */
type Check = (tree: Root, file: VFile) => void;

/** Reports one finding: the rule, the range, and the text that would replace it (null when there is no safe fix). */
function report(file: VFile, rule: StyleRuleId, node: RootContent | { position?: RootContent['position'] }, reason: string, fix: string | null, end?: RootContent): void {
  const start = node.position?.start;
  const stop = (end ?? node).position?.end;
  if (!start || !stop) return;
  const message = file.message(reason, { place: { start, end: stop }, ruleId: rule, source: 'copydesk-style' });
  message.expected = fix === null ? [] : [fix];
}

const straightMarks = /^["']$/;

/**
 * Straight quotes and apostrophes. retext-smartypants decides, from the words around each mark,
 * which curly mark it should be; each mark it would change is reported with that mark as the fix,
 * and the tree is restored so later rules see the text as written.
 */
export function straightQuotes(): Check {
  const educate = retextSmartypants({ quotes: true, dashes: false, ellipses: false, backticks: false });
  return (tree, file) => {
    const marks: { node: RootContent & { value: string }; value: string }[] = [];
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string' && straightMarks.test(node.value)) marks.push({ node: node as RootContent & { value: string }, value: node.value });
    });
    if (marks.length === 0) return;
    educate(tree);
    for (const { node, value } of marks) {
      const curled = node.value;
      node.value = value;
      if (curled === value) continue;
      const name = value === "'" ? (curled === '’' ? 'apostrophe or closing quote' : 'opening quote') : curled === '“' ? 'opening quote' : 'closing quote';
      report(file, 'straight-quotes', node, `Straight ${name} ${value}: use ${curled}`, curled);
    }
  };
}

/** Doubled words (`the the`), found by retext-repeated-words; the fix keeps the first. */
export function doubledWords(): Check {
  const find = retextRepeatedWords();
  return (tree, file) => {
    const before = file.messages.length;
    find(tree, file);
    for (const message of file.messages.splice(before)) {
      const start = message.place && 'start' in message.place ? message.place.start : null;
      const end = message.place && 'end' in message.place ? message.place.end : null;
      if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
      const words = String(message.actual ?? '').split(/\s+/);
      report(file, 'doubled-words', { position: { start, end } }, `Doubled word: “${words.join(' ')}”`, words[0] ?? null);
    }
  };
}

/** Two or more spaces in a row inside a line; the fix is one space. */
export function doubleSpaces(): Check {
  return (tree, file) => {
    visit(tree, 'WhiteSpaceNode', (node) => {
      if (/ {2,}/.test(node.value) && !node.value.includes('\n')) report(file, 'double-spaces', node, 'Double space: use one', ' ');
    });
  };
}

/** Full titles AP abbreviates before a name, and their abbreviations. */
const apTitles: Record<string, string> = {
  senator: 'Sen.',
  representative: 'Rep.',
  governor: 'Gov.',
  sergeant: 'Sgt.',
  colonel: 'Col.',
};

const looksLikeName = /^\p{Lu}/u;

function nextWord(children: readonly RootContent[], index: number): { word: Word; index: number } | null {
  const space = children[index + 1];
  const word = children[index + 2];
  return space?.type === 'WhiteSpaceNode' && !space.value.includes('\n') && word?.type === 'WordNode' ? { word, index: index + 2 } : null;
}

/** `Senator Dick Durbin` → `Sen. Dick Durbin`, and the other titles AP abbreviates before a full name. */
export function titleAbbreviations(): Check {
  return (tree, file) => {
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const children = sentence.children;
      children.forEach((node, index) => {
        if (node.type !== 'WordNode') return;
        const title = toString(node).toLowerCase();
        const next = nextWord(children, index);
        if (!next) return;
        if (title === 'lieutenant' && toString(next.word).toLowerCase() === 'governor') {
          const name = nextWord(children, next.index);
          if (name && looksLikeName.test(toString(name.word))) report(file, 'title-abbreviations', node, 'Before a name, AP writes “Lt. Gov.”', 'Lt. Gov.', next.word);
          return;
        }
        const abbreviation = apTitles[title];
        if (!abbreviation || !looksLikeName.test(toString(next.word))) return;
        const previous = children[index - 2];
        if (previous?.type === 'WordNode' && toString(previous).toLowerCase() === 'lieutenant') return;
        report(file, 'title-abbreviations', node, `Before a name, AP writes “${abbreviation}”`, abbreviation);
      });
    });
  };
}

const numberWords = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Marks that make a digit part of a figure: `$5`, `5%`, `5-4`, `3:30`, `2.5`, `No.5`, `1/2`. */
const attachedMarks = new Set(['$', '£', '€', '#', '%', '-', '–', '/', ':', '.', ',', '+', '×']);
/** Words next to which AP keeps figures: times, percentages, money, ages, dates, addresses and the like. */
const figureNeighbours = /^(?:percent|per|a\.m\.|p\.m\.|am|pm|million|billion|trillion|no\.?|number|page|chapter|route|room|section|article|amendment|grade|inch(?:es)?|feet|foot|mph|points?|jan\.?|feb\.?|march|april|may|june|july|aug\.?|sept\.?|oct\.?|nov\.?|dec\.?|january|february|august|september|october|november|december)$/i;

function isAttached(node: RootContent | undefined): boolean {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && attachedMarks.has(toString(node));
}

function isFigureContext(children: readonly RootContent[], index: number): boolean {
  const before = children[index - 1];
  const after = children[index + 1];
  if (isAttached(before)) return true;
  if (isAttached(after) && children[index + 2]?.type === 'WordNode' && /^\d/.test(toString(children[index + 2] as RootContent))) return true;
  if (after && (after.type === 'SymbolNode' || after.type === 'PunctuationNode') && ['%', '-', '–', '/', ':', '+'].includes(toString(after))) return true;
  // `No. 3`: the word before may end in a full stop the parser keeps apart.
  const stop = children[index - 2];
  const previousWord = before?.type === 'WhiteSpaceNode' ? (stop?.type === 'PunctuationNode' && toString(stop) === '.' ? children[index - 3] : stop) : undefined;
  const nextWord = after?.type === 'WhiteSpaceNode' ? children[index + 2] : undefined;
  if (previousWord?.type === 'WordNode' && figureNeighbours.test(toString(previousWord))) return true;
  if (nextWord?.type === 'WordNode' && figureNeighbours.test(toString(nextWord))) return true;
  const afterNext = nextWord ? children[index + 4] : undefined;
  return nextWord?.type === 'WordNode' && /^years?$/i.test(toString(nextWord)) && afterNext?.type === 'WordNode' && toString(afterNext).toLowerCase() === 'old';
}

/** A lone figure from 1 to 9 in running text is spelled out (AP), unless it is part of a figure, time, age or the like. */
export function smallNumbers(): Check {
  return (tree, file) => {
    visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
      // Context is read across sentences, because the parser ends a sentence at `No.` in `No. 3`.
      const flat: RootContent[] = [];
      const firstWords = new Set<RootContent>();
      for (const child of paragraph.children) {
        if (child.type !== 'SentenceNode') {
          flat.push(child);
          continue;
        }
        const first = child.children.find((node) => node.type === 'WordNode');
        if (first) firstWords.add(first);
        flat.push(...child.children);
      }
      flat.forEach((node, index) => {
        if (node.type !== 'WordNode') return;
        const value = toString(node);
        if (!/^[1-9]$/.test(value) || isFigureContext(flat, index)) return;
        const word = numberWords[Number(value)] ?? '';
        const fix = firstWords.has(node) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
        report(file, 'small-numbers', node, `Spell out numbers one to nine: “${fix}”`, fix);
      });
    });
  };
}

/** Attribution verbs that colour a quote; AP prefers the neutral “said”. */
const colouredVerbs = new Set(['stated', 'claimed', 'exclaimed', 'remarked', 'declared', 'asserted', 'proclaimed', 'commented', 'opined', 'explained', 'noted', 'maintained', 'contended', 'insisted', 'admitted', 'revealed', 'quipped', 'stressed', 'emphasized', 'emphasised']);
const quotationMarks = new Set(['"', '“', '”']);

function hasQuotation(paragraph: Parents): boolean {
  let found = false;
  visit(paragraph, 'PunctuationNode', (node) => {
    found ||= quotationMarks.has(node.value);
  });
  return found;
}

/** In a paragraph with a quotation, suggests “said” over verbs that judge the speaker (`claimed`, `stated`). */
export function preferSaid(): Check {
  return (tree, file) => {
    visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
      if (!hasQuotation(paragraph)) return;
      visit(paragraph, 'WordNode', (word) => {
        const value = toString(word);
        if (!colouredVerbs.has(value.toLowerCase())) return;
        const fix = value.charAt(0) === value.charAt(0).toUpperCase() ? 'Said' : 'said';
        report(file, 'said', word, `“${value}” colours the quote; AP prefers “said”`, fix);
      });
    });
  };
}

/** Each rule's check, by id. */
export const styleChecks: Record<StyleRuleId, () => Check> = {
  'straight-quotes': straightQuotes,
  'doubled-words': doubledWords,
  'double-spaces': doubleSpaces,
  'title-abbreviations': titleAbbreviations,
  'small-numbers': smallNumbers,
  said: preferSaid,
};
