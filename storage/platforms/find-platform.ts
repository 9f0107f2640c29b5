import type { PlatformRule } from '../schemas/platform-rule';
import { compileMatchPattern } from './match-pattern';

/** The first enabled rule whose match patterns cover the URL, or undefined when the page is not a study page. */
export function findPlatform(
  url: string,
  rules: readonly PlatformRule[],
  isEnabled: (rule: PlatformRule) => boolean = () => true,
): PlatformRule | undefined {
  return rules.find(
    (rule) =>
      isEnabled(rule) &&
      rule.matches.some((pattern) => {
        try {
          return compileMatchPattern(pattern).test(url);
        } catch {
          return false;
        }
      }),
  );
}
