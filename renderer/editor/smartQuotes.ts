import { Extension, textInputRule } from '@tiptap/core';

/**
 * Turns typed straight quotes into curly ones: opening after a space, bracket or dash, closing
 * elsewhere, and apostrophes inside words. Backspace right after a substitution undoes it.
 */
export const SmartQuotes = Extension.create({
  name: 'smartQuotes',

  addInputRules() {
    return [
      textInputRule({ find: /(?:^|[\s{[(<'"\u2018\u201C\u2014\u2013-])(")$/, replace: '“' }),
      textInputRule({ find: /"$/, replace: '”' }),
      textInputRule({ find: /(?:^|[\s{[(<"\u201C\u2014\u2013-])(')$/, replace: '‘' }),
      textInputRule({ find: /'$/, replace: '’' }),
    ];
  },
});
