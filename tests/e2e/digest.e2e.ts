import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchChromium } from './harness/chromium.mjs';
import { sleep } from './harness/time.mjs';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { LessonPage } from './pages/lesson-page.mjs';

const COURSE = '高校辅导员心理育人能力提升';
const HOSTILE = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") *not bold*';

/** Monday of this week in the browser's time zone (the demo study happens now). */
function thisMonday(): string {
  const now = new Date();
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

describe('the weekly digest downloaded from the dashboard', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let downloads: string;
  const monday = thisMonday();
  const files = new Map<string, string>();

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium();
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-digest-'));
    const lesson = await LessonPage.open(chromium.browser, `${server.origin}/platform/lesson-1.html`);
    await lesson.waitForPlaying();
    await sleep(20_000);
    await lesson.pause();
    await sleep(1000);
    await chromium.extension.putRows({
      reflections: [
        {
          id: 'r-hostile',
          createdAt: Date.now(),
          updatedAt: Date.now(),
          courseKey: `demo:${COURSE}`,
          courseTitle: COURSE,
          lessonTitle: '第一讲 大学生心理危机的早期识别',
          topics: ['心理危机干预'],
          learned: HOSTILE,
          thought: '先倾听，再判断',
          apply: '下周班会上分享识别要点',
          isCase: true,
          sessionIds: [],
        },
      ],
    });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, `#/digest/${monday}`);
    await dashboard.page.waitForSelector('iframe.digest-preview', { timeout: 15_000 });
    await dashboard.allowDownloads(downloads);
    for (const [format, count] of [
      ['markdown', 1],
      ['html', 1],
      ['csv', 5],
      ['json', 1],
      ['xapi', 1],
    ] as const) {
      for (const path of await dashboard.downloadsFrom(`button[data-format="${format}"]`, count)) {
        files.set(basename(path), await readFile(path, 'utf8'));
      }
    }
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  const file = (suffix: string) => {
    const name = [...files.keys()].find((n) => n.endsWith(suffix));
    if (!name) throw new Error(`No downloaded file ending in ${suffix}: ${[...files.keys()].join(', ')}`);
    return { name, text: files.get(name) ?? '' };
  };

  it('names every file with the week', () => {
    expect(files.size).toBe(9);
    for (const name of files.keys()) expect(name).toContain(monday);
  });

  it('JSON is the digest with the recorded lecture and the reflection', () => {
    const json = JSON.parse([...files.entries()].find(([n]) => /\d\.json$/.test(n))?.[1] ?? '{}');
    expect(json.kind).toBe('studytrail.digest');
    expect(json.period.start).toBe(monday);
    expect(json.totals.activeMinutes).toBeGreaterThan(0);
    expect(json.courses[0].title).toBe(COURSE);
    expect(json.reflections[0].learned).toBe(HOSTILE);
  });

  it('Markdown names the course and keeps the hostile text inert', () => {
    const { text } = file('.md');
    expect(text).toContain(COURSE);
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('*not bold*');
  });

  it('HTML is a standalone printable document with the hostile text escaped', () => {
    const { text } = file('.html');
    expect(text).toMatch(/^<!DOCTYPE html>/i);
    expect(text).toContain('@page');
    expect(text).toContain('<svg');
    expect(text).toContain(COURSE);
    expect(text).not.toContain('<img src=x');
  });

  it('CSV files open in Excel (BOM, CRLF) with formulas neutralised', () => {
    const csvs = [...files.entries()].filter(([name]) => name.endsWith('.csv'));
    // Per day, per course, sessions, reflections and training plans.
    expect(csvs).toHaveLength(5);
    for (const [, text] of csvs) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('\r\n');
    }
    const reflections = csvs.find(([, text]) => text.includes('HYPERLINK'))?.[1] ?? '';
    expect(reflections).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('xAPI holds an experienced statement per session and a commented one per reflection', () => {
    const statements = JSON.parse(file('-xapi.json').text);
    const verbs = statements.map((s: { verb: { id: string } }) => s.verb.id);
    expect(verbs).toContain('http://adlnet.gov/expapi/verbs/experienced');
    expect(verbs).toContain('http://adlnet.gov/expapi/verbs/commented');
    for (const statement of statements) expect(statement.version).toBe('1.0.3');
  });
});
