import type { Page } from 'puppeteer-core';
import type { ExtensionHandle } from '../harness/chromium.mjs';
import { rowsWhen } from '../harness/recorded.mjs';

// The MOOC fixture (tests/fixtures/sites/www.icourse163.org): a single-page app whose links push history.

/** A stored row as these tests read it. */
export type MoocRow = { start: number; end: number; platformId: string; lessonTitle: string; kind: string };

/** The course page: outside any lesson. */
export const COURSE = '/course/PKU-1001';
/** The first unit's lesson, addressed after `#` as the platform does. */
export const UNIT_1 = '/learn/PKU-1001?tid=2001#/learn/content?type=detail&id=3001&cid=4001';

/** Rows of the MOOC platform ending at or after `since` (rows of earlier tests end before it), once `done`. */
export async function moocRows(
  extension: ExtensionHandle,
  since: number,
  done: (rows: MoocRow[]) => boolean,
): Promise<MoocRow[]> {
  const ours = (row: MoocRow) => row.platformId === 'icourse163' && row.end >= since;
  const all = (await rowsWhen(extension, (rows: MoocRow[]) => done(rows.filter(ours)))) as MoocRow[];
  return all.filter(ours);
}

/** Follows one of the single-page app's links (history.pushState, no reload); returns when, just before. */
export const follow = (page: Page, href: string) =>
  page.evaluate((target) => {
    const at = Date.now();
    document.querySelector<HTMLAnchorElement>(`a[href="${target}"]`)?.click();
    return at;
  }, href);
