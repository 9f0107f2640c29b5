import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupErrorMessage } from '@/storage/backup';
import { resolveLocale } from '@/storage/i18n';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { launchChromium } from './harness/chromium.mjs';
import { DashboardPage } from './pages/dashboard-page.mjs';

const T0 = Date.UTC(2026, 3, 13, 1, 0, 0);
const MIN = 60_000;

const session = (
  id: string,
  start: number,
  minutes: number,
  change: Partial<SessionRow> = {},
): SessionRow => ({
  id,
  start,
  end: start + minutes * MIN,
  platformId: 'demo',
  courseKey: 'http://127.0.0.1/platform/',
  courseTitle: '辅导员谈心谈话能力提升',
  lessonKey: 'http://127.0.0.1/platform/lesson-1.html',
  lessonTitle: '第一讲 倾听与共情',
  kind: 'media',
  tabId: 7,
  ...change,
});

const SESSIONS: SessionRow[] = [
  session('e2e-s1', T0, 25),
  session('e2e-s2', T0 + 60 * MIN, 40, { kind: 'input', lessonTitle: '第二讲 "谈心" \\ 方法' }),
  session('e2e-s3', T0 + 26 * 60 * MIN, 45, { kind: 'manual', tabId: -1, lessonTitle: '线下研讨 📚' }),
];
const REFLECTIONS: ReflectionRow[] = [
  {
    id: 'e2e-r1',
    createdAt: T0 + 30 * MIN,
    updatedAt: T0 + 31 * MIN,
    courseKey: 'http://127.0.0.1/platform/',
    courseTitle: '辅导员谈心谈话能力提升',
    lessonTitle: '第一讲 倾听与共情',
    topics: ['心理健康'],
    learned: '先倾听，再回应。',
    thought: '',
    apply: '下周谈话时试一试。',
    rating: 4,
    isCase: false,
    sessionIds: ['e2e-s1'],
  },
];

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('backup, erase and restore from the dashboard Data view', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let downloads: string;

  const seed = (sessions: SessionRow[], reflections: ReflectionRow[]) =>
    chromium.extension.putRows({ sessions, reflections });

  async function reflections(): Promise<ReflectionRow[]> {
    const worker = await chromium.extension.worker();
    if (!worker) throw new Error('No service worker');
    return worker.evaluate(
      () =>
        new Promise<ReflectionRow[]>((resolve, reject) => {
          const open = indexedDB.open('studytrail');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('reflections').objectStore('reflections').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-downloads-'));
    chromium = await launchChromium();
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/data');
    // The background opens the database on first use; an export is a harmless first use.
    await dashboard.sendMessage({ type: 'backup-export' });
    await seed(SESSIONS, REFLECTIONS);
    await dashboard.allowDownloads(downloads);
  });

  afterAll(async () => {
    await chromium?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('round-trips every row through a downloaded backup, and refuses a corrupted copy', async () => {
    expect(byId(await chromium.extension.sessions())).toEqual(SESSIONS);

    // Backup: a downloaded file of the right kind with every row.
    const file = await dashboard.backup();
    expect(file).toMatch(/studytrail-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(file, 'utf8');
    const backup = JSON.parse(text);
    expect(backup.kind).toBe('studytrail.backup');
    // Format version 2 always lists its training plans, none here.
    expect(backup.counts).toEqual({ sessions: 3, reflections: 1, plans: 0 });
    expect(backup.data.plans).toEqual([]);
    expect(byId(backup.data.sessions)).toEqual(SESSIONS);
    expect(backup.data.reflections).toEqual(REFLECTIONS);

    // Erase: two steps in the UI, then an empty, working extension.
    const erased = await dashboard.eraseEverything();
    expect(erased.length).toBeGreaterThan(0);
    expect(await chromium.extension.sessions()).toEqual([]);
    expect(await reflections()).toEqual([]);

    // Restore: the preview counts the rows as new; only the confirmation writes them.
    await dashboard.chooseRestoreFile(file, 'merge');
    expect(await dashboard.previewCount('sessions', 'new')).toBe(3);
    expect(await dashboard.previewCount('reflections', 'new')).toBe(1);
    expect(await dashboard.previewCount('sessions', 'removed')).toBe(0);
    expect(await chromium.extension.sessions()).toEqual([]);
    const status = await dashboard.confirmRestore();
    expect(status).toMatch(/3\D+0\D+0\D+1\D+0\D+0/);
    expect(byId(await chromium.extension.sessions())).toEqual(SESSIONS);
    expect(await reflections()).toEqual(REFLECTIONS);

    // A copy with one digit changed in the data: the checksum refuses it and nothing changes.
    const start = String(SESSIONS[0]?.start);
    const changed = `${start.slice(0, -1)}${(Number(start.at(-1)) + 1) % 10}`;
    expect(text).toContain(`"start": ${start}`);
    const corrupted = join(downloads, 'corrupted.json');
    await writeFile(corrupted, text.replace(`"start": ${start}`, `"start": ${changed}`));
    await dashboard.chooseRestoreFile(corrupted, 'replace');
    const locale = resolveLocale('auto', await dashboard.uiLanguage());
    expect(await dashboard.restoreAlert()).toBe(backupErrorMessage({ code: 'checksum-mismatch' }, locale));
    expect(await dashboard.hasPreview()).toBe(false);
    expect(byId(await chromium.extension.sessions())).toEqual(SESSIONS);
    expect(await reflections()).toEqual(REFLECTIONS);
  });
});
