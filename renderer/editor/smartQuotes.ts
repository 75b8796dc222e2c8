import { Extension, textInputRule } from '@tiptap/core';

/**
 * Turns typed straight quotes into curly ones: opening after a space, bracket or dash, closing
 * elsewhere, and apostrophes inside words. Backspace or undo right after a substitution reverts it.
 */
export const SmartQuotes = Extension.create({
  name: 'smartQuotes',

  addKeyboardShortcuts() {
    // Undo right after a substitution gives back the straight quote that was typed.
    return { 'Mod-z': () => this.editor.commands.undoInputRule() };
  },

  addInputRules() {
    return [
      textInputRule({ find: /(?:^|[\s{[(<'"\u2018\u201C\u2014\u2013-])(")$/, replace: '“' }),
      textInputRule({ find: /"$/, replace: '”' }),
      textInputRule({ find: /(?:^|[\s{[(<"\u201C\u2014\u2013-])(')$/, replace: '‘' }),
      textInputRule({ find: /'$/, replace: '’' }),
    ];
  },
});
