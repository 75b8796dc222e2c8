import { z } from 'zod';
import { dateStyles, isKnownTimeZone, type DateStyle } from '../standards/dates';
import { defaultStyleLevels, styleLevels, styleRuleIds, type StyleLevel, type StyleRuleId } from './rules';

/** Where a workspace keeps its rule pack, relative to the workspace folder. */
export const stylePackPath = '.copydesk/style.json';

/** A newsroom's house style: a level per rule, how dates are written, and the zone publication times are shown in. */
export interface StylePack {
  rules: Record<StyleRuleId, StyleLevel>;
  dateStyle: DateStyle;
  timeZone: string;
}

/** The style a workspace without a rule pack uses: every rule at its default level, AP dates, UTC. */
export const defaultStylePack: StylePack = { rules: { ...defaultStyleLevels }, dateStyle: 'ap', timeZone: 'UTC' };

/** The rule pack as read, and what was wrong with the file (null when nothing was). */
export interface StylePackResult {
  pack: StylePack;
  problem: string | null;
}

const levelSchema = z.enum(styleLevels, { error: (issue) => `${JSON.stringify(issue.input)} is not one of ${styleLevels.join(', ')}` });

const fileSchema = z
  .object({
    rules: z.record(z.string(), levelSchema).optional(),
    dates: z.enum(dateStyles, { error: (issue) => `${JSON.stringify(issue.input)} is not one of ${dateStyles.join(', ')}` }).optional(),
    timeZone: z.string().refine(isKnownTimeZone, 'is not a time zone this computer knows (use an IANA name such as "America/Chicago")').optional(),
  })
  .strict();

function unknownRule(rules: Record<string, unknown>): string | null {
  const unknown = Object.keys(rules).find((rule) => !(styleRuleIds as readonly string[]).includes(rule));
  return unknown === undefined ? null : `rules."${unknown}" is not a rule Copydesk knows; the rules are ${styleRuleIds.join(', ')}`;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the rule pack format';
  if (issue.code === 'unrecognized_keys') return `has unknown setting ${issue.keys.map((key) => `"${key}"`).join(', ')}; the settings are rules, dates and timeZone`;
  const where = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `"${String(part)}"`)).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Reads a rule pack's text. `null` (no file) means the defaults with no problem. A file that is not
 * JSON, has unknown settings or rules, or a bad level gets the defaults and a problem naming what is wrong.
 */
export function parseStylePack(text: string | null): StylePackResult {
  if (text === null) return { pack: defaultStylePack, problem: null };
  const broken = (reason: string): StylePackResult => ({ pack: defaultStylePack, problem: `${stylePackPath} ${reason}; the default house style is used until it is fixed` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return broken(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return broken('must hold a JSON object such as {"rules": {"said": "off"}}');
  const result = fileSchema.safeParse(parsed);
  if (!result.success) return broken(describeIssue(result.error));
  const rules = result.data.rules ?? {};
  const unknown = unknownRule(rules);
  if (unknown) return broken(unknown);
  return {
    pack: {
      rules: { ...defaultStyleLevels, ...(rules as Partial<Record<StyleRuleId, StyleLevel>>) },
      dateStyle: result.data.dates ?? defaultStylePack.dateStyle,
      timeZone: result.data.timeZone ?? defaultStylePack.timeZone,
    },
    problem: null,
  };
}
