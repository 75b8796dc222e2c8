/** The house-style rules Copydesk checks, by the id a rule pack (`.copydesk/style.json`) uses. */
export const styleRuleIds = ['straight-quotes', 'doubled-words', 'double-spaces', 'title-abbreviations', 'small-numbers', 'said'] as const;
export type StyleRuleId = (typeof styleRuleIds)[number];

/** How much a rule's findings matter: errors block publishing, warnings need a sign-off, suggestions only show. */
export const styleLevels = ['off', 'error', 'warning', 'suggestion'] as const;
export type StyleLevel = (typeof styleLevels)[number];

/** What each rule checks, as the Style section and the checklist name it. */
export const styleRuleLabels: Record<StyleRuleId, string> = {
  'straight-quotes': 'Straight quotes and apostrophes',
  'doubled-words': 'Doubled words',
  'double-spaces': 'Double spaces',
  'title-abbreviations': 'Titles before names (AP)',
  'small-numbers': 'Numbers one to nine spelled out',
  said: '“Said” in attributions',
};

/** The levels used when the workspace has no rule pack, or its pack leaves a rule out. */
export const defaultStyleLevels: Record<StyleRuleId, StyleLevel> = {
  'straight-quotes': 'warning',
  'doubled-words': 'warning',
  'double-spaces': 'warning',
  'title-abbreviations': 'warning',
  'small-numbers': 'warning',
  said: 'suggestion',
};
