import { type CustomRule, customRuleSchema } from '../schemas/settings';
import { compileMatchPattern, InvalidMatchPatternError, type MatchPatternError } from './match-pattern';
import { parseSelector } from './parse-selector';
import { isBroaderThanOneDomain } from './registrable-domain';

/** What the rule form holds: text as typed, match patterns one per line. */
export interface RuleDraft {
  name: string;
  matches: string;
  courseTitle?: string;
  lessonTitle?: string;
  titlePattern?: string;
  allFrames?: boolean;
}

export type RuleField = 'name' | 'matches' | 'courseTitle' | 'lessonTitle' | 'titlePattern';

/** Locale message keys of the errors; each one says what to do next. */
export type RuleErrorKey =
  | 'ruleErrorNameRequired'
  | 'ruleErrorNameTooLong'
  | 'ruleErrorMatchesRequired'
  | 'ruleErrorMatchesTooMany'
  | 'ruleErrorMatchTooLong'
  | 'ruleErrorMatchFragment'
  | 'ruleErrorMatchScheme'
  | 'ruleErrorMatchHost'
  | 'ruleErrorMatchPort'
  | 'ruleErrorMatchPath'
  | 'ruleErrorMatchAllSites'
  | 'ruleErrorMatchTooBroad'
  | 'ruleErrorSelectorTooLong'
  | 'ruleErrorSelectorInvalid'
  | 'ruleErrorPatternTooLong'
  | 'ruleErrorPatternInvalid'
  | 'ruleErrorPatternNoGroup';

/** One problem with one field; `params` fill the message's `$1`… (the offending pattern, say). */
export interface RuleFieldError {
  field: RuleField;
  key: RuleErrorKey;
  params: string[];
}

export type RuleValidation = { ok: true; rule: CustomRule } | { ok: false; errors: RuleFieldError[] };

export interface ValidateRuleOptions {
  /** The id of the rule being edited; a new rule gets a fresh `user-…` id. */
  id?: string;
  enabled?: boolean;
  /** Parses selectors; defaults to the page's document (tests pass happy-dom's). */
  doc?: Document;
  newId?: () => string;
}

// The same limits as platformRuleSchema, checked here so each gets its own message.
const MAX_NAME = 100;
const MAX_PATTERNS = 20;
const MAX_TEXT = 500;

const MATCH_ERRORS: Record<MatchPatternError, RuleErrorKey> = {
  empty: 'ruleErrorMatchPath',
  fragment: 'ruleErrorMatchFragment',
  scheme: 'ruleErrorMatchScheme',
  host: 'ruleErrorMatchHost',
  port: 'ruleErrorMatchPort',
  path: 'ruleErrorMatchPath',
};

/** A fresh id for a user rule; never the id of a preset. */
export const newUserRuleId = () => `user-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;

/**
 * Why a match pattern cannot be used for a user rule, or undefined when it can. Beyond the grammar, a
 * pattern must name a site: never every site (`<all_urls>`, host `*`), nor with `*.` more than one
 * registrable domain (`*.edu.cn`, `*.com.cn`: sites of many owners, whose hosts the rule would ask for).
 */
export function checkMatchPattern(pattern: string): RuleErrorKey | undefined {
  const trimmed = pattern.trim();
  if (trimmed.length > MAX_TEXT) return 'ruleErrorMatchTooLong';
  if (trimmed === '<all_urls>') return 'ruleErrorMatchAllSites';
  try {
    compileMatchPattern(trimmed);
  } catch (error) {
    if (error instanceof InvalidMatchPatternError) return MATCH_ERRORS[error.reason];
    throw error;
  }
  const host = /^[^:]+:\/\/([^/]*)\//.exec(trimmed)?.[1] ?? '';
  if (host === '*') return 'ruleErrorMatchAllSites';
  if (host.startsWith('*.') && isBroaderThanOneDomain(host.slice(2).toLowerCase()))
    return 'ruleErrorMatchTooBroad';
  return undefined;
}

function checkSelector(field: RuleField, selector: string, doc: Document | undefined): RuleFieldError[] {
  if (selector.length > MAX_TEXT) return [{ field, key: 'ruleErrorSelectorTooLong', params: [] }];
  if (!parseSelector(selector, doc)) return [{ field, key: 'ruleErrorSelectorInvalid', params: [selector] }];
  return [];
}

function checkTitlePattern(pattern: string): RuleFieldError[] {
  const field = 'titlePattern';
  if (pattern.length > MAX_TEXT) return [{ field, key: 'ruleErrorPatternTooLong', params: [] }];
  try {
    new RegExp(pattern);
  } catch (error) {
    return [{ field, key: 'ruleErrorPatternInvalid', params: [(error as Error).message] }];
  }
  // The first capture group is the course title (read-titles.ts); `|` makes the empty string match.
  const groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
  return groups < 1 ? [{ field, key: 'ruleErrorPatternNoGroup', params: [] }] : [];
}

/** The non-blank lines of the matches field, trimmed and without repeats. */
export function splitPatterns(matches: string): string[] {
  return [
    ...new Set(
      matches
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Checks a rule draft from the dashboard form (docs/architecture.md section 4): every field's problems at once, with
 * message keys for the UI, or the valid rule ready to save.
 */
export function validateRuleDraft(draft: RuleDraft, options: ValidateRuleOptions = {}): RuleValidation {
  const errors: RuleFieldError[] = [];
  const name = draft.name.trim();
  if (!name) errors.push({ field: 'name', key: 'ruleErrorNameRequired', params: [] });
  else if (name.length > MAX_NAME) {
    errors.push({ field: 'name', key: 'ruleErrorNameTooLong', params: [String(MAX_NAME)] });
  }

  const patterns = splitPatterns(draft.matches);
  if (patterns.length === 0) errors.push({ field: 'matches', key: 'ruleErrorMatchesRequired', params: [] });
  if (patterns.length > MAX_PATTERNS) {
    errors.push({ field: 'matches', key: 'ruleErrorMatchesTooMany', params: [String(MAX_PATTERNS)] });
  }
  for (const pattern of patterns) {
    const key = checkMatchPattern(pattern);
    if (key) errors.push({ field: 'matches', key, params: [pattern] });
  }

  const courseTitle = draft.courseTitle?.trim() || undefined;
  const lessonTitle = draft.lessonTitle?.trim() || undefined;
  const titlePattern = draft.titlePattern?.trim() || undefined;
  if (courseTitle) errors.push(...checkSelector('courseTitle', courseTitle, options.doc));
  if (lessonTitle) errors.push(...checkSelector('lessonTitle', lessonTitle, options.doc));
  if (titlePattern) errors.push(...checkTitlePattern(titlePattern));
  if (errors.length > 0) return { ok: false, errors };

  const parsed = customRuleSchema.safeParse({
    id: options.id ?? (options.newId ?? newUserRuleId)(),
    name,
    matches: patterns,
    ...(courseTitle && { courseTitle: { selector: courseTitle } }),
    ...(lessonTitle && { lessonTitle: { selector: lessonTitle } }),
    ...(titlePattern && { titlePattern }),
    ...(draft.allFrames && { allFrames: true }),
    enabled: options.enabled ?? true,
  });
  if (!parsed.success)
    throw new Error(`validateRuleDraft let through a rule the schema refuses: ${parsed.error}`);
  return { ok: true, rule: parsed.data };
}

/** The form's text for an existing rule, so editing starts from what is saved. */
export function draftFromRule(rule: CustomRule): RuleDraft {
  return {
    name: rule.name,
    matches: rule.matches.join('\n'),
    courseTitle: rule.courseTitle?.selector ?? '',
    lessonTitle: rule.lessonTitle?.selector ?? '',
    titlePattern: rule.titlePattern ?? '',
    allFrames: rule.allFrames ?? false,
  };
}
