import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/** The text of axe-core's axe.min.js, to inject into a page under test. */
export const readAxeSource = () =>
  readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page as it is now, one line each with its help text. */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What axe-core's color-contrast rule saw: text nodes it checked and passed, failed, or could not decide. */
export interface ContrastCount {
  passed: number;
  failed: string[];
  /** Nodes whose background axe could not work out (images, overlaps): a person looks at the screenshot. */
  undecided: string[];
}

/**
 * Runs only color-contrast, with its passes, so a test can tell "no violation" from "nothing was checked"
 * (in the page's current colour scheme: emulate prefers-color-scheme before calling it).
 */
export async function axeContrast(page: Page, axeSource: string): Promise<ContrastCount> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Node = { target: string[] };
    type Result = { nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ passes: Result[]; violations: Result[]; incomplete: Result[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
      resultTypes: ['passes', 'violations', 'incomplete'],
    });
    const targets = (list: Result[]) => list.flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
    return {
      passed: targets(results.passes).length,
      failed: targets(results.violations),
      undecided: targets(results.incomplete),
    };
  });
}
