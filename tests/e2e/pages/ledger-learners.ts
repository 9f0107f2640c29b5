import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { launchChromium } from '../harness/chromium.mjs';
import { at, TZ } from '../harness/shanghai-time';
import { DashboardPage } from './dashboard-page.mjs';
import { PopupPage } from './popup-page.mjs';

/*
 * Learners of the ledger E2E: each is one installation of the extension (its own profile, so its own
 * signing key) with seeded study in two weeks, which exports the signed JSON digest of each week.
 */

/** The two seeded weeks (Mondays). */
export const WEEKS = ['2026-04-13', '2026-04-20'] as const;
/** The weekly goal every learner sets. */
export const GOAL = 60;
/** A case title a spreadsheet or a page would run if it were not kept as text. */
export const HOSTILE_CASE = '=1+2<script>alert(1)</script>';

export interface Learner {
  staffNumber: string;
  name: string;
  unit: string;
  /** Minutes per seeded session, per week. */
  sessions: [number[], number[]];
}

export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Whole-minute sessions on Tuesday mornings of each week, an hour apart (never overlapping). */
export function rowsOf(learner: Learner): { sessions: SessionRow[]; reflections: ReflectionRow[] } {
  const sessions = learner.sessions.flatMap((minutes, week) =>
    minutes.map((length, index) => {
      const day = `2026-04-${String(14 + week * 7 + index).padStart(2, '0')}`;
      const start = at(`${day}T09:00`);
      return {
        id: `${learner.staffNumber}-${week}-${index}`,
        start,
        end: start + length * 60_000,
        platformId: 'enaea',
        courseKey: 'enaea:course:A',
        courseTitle: '学生心理危机识别与干预',
        lessonTitle: '第一讲',
        lessonKey: 'enaea:course:A/lesson:1',
        kind: 'media' as const,
        tabId: 7,
      };
    }),
  );
  const createdAt = at('2026-04-14T10:30');
  const reflections: ReflectionRow[] = [
    {
      id: `${learner.staffNumber}-case`,
      createdAt,
      updatedAt: createdAt,
      courseKey: 'enaea:course:A',
      courseTitle: '学生心理危机识别与干预',
      lessonTitle: HOSTILE_CASE,
      topics: ['心理危机干预'],
      learned: '先倾听，再判断',
      thought: '',
      apply: '',
      isCase: true,
      sessionIds: [],
    },
  ];
  return { sessions, reflections };
}

/** One installation: seeds its weeks, sets its identity, downloads the signed JSON digest of each week. */
export async function exportDigests(learner: Learner, downloads: string): Promise<string[]> {
  const chromium = await launchChromium();
  try {
    await chromium.extension.setSettings({
      timeZone: TZ,
      locale: 'zh_CN',
      weeklyGoalMinutes: GOAL,
      learner: { name: learner.name, staffNumber: learner.staffNumber, unit: learner.unit },
    });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    await chromium.extension.putRows(rowsOf(learner));
    const paths: string[] = [];
    const dashboard = await DashboardPage.open(chromium.browser, chromium.extension, `#/digest/${WEEKS[0]}`);
    await dashboard.allowDownloads(downloads);
    for (const week of WEEKS) {
      await dashboard.page.evaluate((hash) => {
        location.hash = hash;
      }, `#/digest/${week}`);
      await dashboard.page.waitForFunction(
        (start) =>
          document.querySelector('[data-testid="digest-week"]')?.textContent?.includes(start) &&
          document.querySelector('iframe.digest-preview') !== null,
        { timeout: 15_000 },
        week,
      );
      const [path] = await dashboard.downloadsFrom('button[data-format="json"]', 1);
      if (!path) throw new Error(`No digest downloaded for ${week}`);
      // Files of both learners share names (the week): keep each under its own.
      const own = join(downloads, `${learner.staffNumber}-${basename(path)}`);
      await writeFile(own, await readFile(path));
      await rm(path);
      paths.push(own);
    }
    return paths;
  } finally {
    await chromium.close();
  }
}
