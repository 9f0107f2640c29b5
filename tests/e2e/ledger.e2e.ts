import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '@/storage/i18n';
import { ledgerStatusText } from '@/storage/ledger/status-text';
import { axeViolations, readAxeSource } from './harness/axe';
import { launchChromium } from './harness/chromium.mjs';
import { PROJECT_ROOT } from './harness/paths.mjs';
import { TZ } from './harness/shanghai-time';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { exportDigests, GOAL, HOSTILE_CASE, type Learner, rowsOf, sum, WEEKS } from './pages/ledger-learners';
import { LedgerPage } from './pages/ledger-page';
import { PopupPage } from './pages/popup-page.mjs';

/*
 * The organiser's ledger end to end: two installations (two profiles, two keys) each export signed digests
 * of two seeded weeks from the Digest view; a third profile turns the ledger on, imports a roster of three
 * and the four files (one learner's through the file picker, the other's dropped as a folder), one of them
 * edited by hand. Expected minutes come from the seeded rows (sums of non-overlapping whole-minute
 * sessions), not from the extension's code.
 */

const OUT = join(PROJECT_ROOT, 'demo-output');
const HOSTILE_NAME = '<img src=x onerror=alert(1)>赵老师';

const A: Learner = { staffNumber: '2026001', name: '王老师', unit: '学生工作部', sessions: [[40, 35], [60]] };
const B: Learner = {
  staffNumber: '2026002',
  name: '李老师',
  unit: '马克思主义学院',
  sessions: [[50], [30, 60]],
};
const C = { staffNumber: '2026003', name: HOSTILE_NAME, unit: '外国语学院' };
const personId = (learner: { staffNumber: string }) => `s:${learner.staffNumber}`;

describe('the organiser ledger imports signed digests from two installations', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let dashboard: DashboardPage;
  let downloads: string;
  let files: { a: string[]; b: string[] };
  let editedName: string;
  let navBefore: string[];
  let xlsxPath: string;
  let axeSource: string;
  let rosterStatus: string;
  let pickedStatus: string;
  let droppedStatus: string;

  let ledger: LedgerPage;
  const text = (selector: string) => ledger.text(selector);
  const cell = (learner: { staffNumber: string }, week: string) => ledger.cell(learner.staffNumber, week);
  const showTab = (tab: string, ready: string) => ledger.showTab(tab, ready);

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    axeSource = await readAxeSource();
    downloads = await mkdtemp(join(tmpdir(), 'studytrail-ledger-'));
    files = { a: await exportDigests(A, downloads), b: await exportDigests(B, downloads) };

    // B's second week edited by hand: a number changed after signing.
    const edited = files.b[1] ?? '';
    const digest = JSON.parse(await readFile(edited, 'utf8'));
    digest.totals.activeMinutes = 900;
    await writeFile(edited, JSON.stringify(digest, null, 2));
    editedName = basename(edited);
    const roster = join(downloads, 'roster.csv');
    await writeFile(
      roster,
      `\uFEFF工号,姓名,单位\r\n${[A, B, C].map((p) => `${p.staffNumber},${p.name},${p.unit}`).join('\r\n')}\r\n`,
    );

    chromium = await launchChromium();
    await chromium.extension.setSettings({ timeZone: TZ, locale: 'zh_CN', weeklyGoalMinutes: GOAL });
    const popup = await PopupPage.open(chromium.browser, chromium.extension);
    await popup.page.close();
    // The organiser's own study, which erasing the ledger must leave alone.
    await chromium.extension.putRows({ sessions: rowsOf(A).sessions.slice(0, 1) });
    dashboard = await DashboardPage.open(chromium.browser, chromium.extension, '#/settings');
    navBefore = await dashboard.page.$$eval('nav a', (links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
    await dashboard.page.click('#organises-training');
    await dashboard.page.waitForSelector('nav a[href="#/ledger"]', { timeout: 15_000 });
    await dashboard.goTo('#/ledger');
    await dashboard.page.waitForSelector('#ledger-roster', { timeout: 15_000 });

    ledger = new LedgerPage(dashboard.page);
    rosterStatus = await ledger.choose('ledger-roster', [roster]);
    // B's files through the file picker; A's two in a folder (with a nested one), and the folder dropped.
    pickedStatus = await ledger.choose('ledger-files', files.b);
    const folder = join(downloads, 'from-a');
    await mkdir(join(folder, 'week-2'), { recursive: true });
    await rename(files.a[0] ?? '', join(folder, basename(files.a[0] ?? '')));
    await rename(files.a[1] ?? '', join(folder, 'week-2', basename(files.a[1] ?? '')));
    droppedStatus = await ledger.drop([folder]);
    await dashboard.page.waitForSelector(cell(A, WEEKS[1]), { timeout: 15_000 });
    await dashboard.allowDownloads(downloads);
  });

  afterAll(async () => {
    await dashboard?.close();
    await chromium?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('lists the ledger in the navigation only after "I organise a training" is ticked', () => {
    expect(navBefore).not.toContain('#/ledger');
  });

  it('says what the roster, the picked files and the dropped files came to', () => {
    expect(rosterStatus).toBe(translate('zh_CN', 'ledger_rosterDone', 3, 3, 0, 0));
    const done = (files: number, counts: [number, 'verified' | 'edited'][]) =>
      translate(
        'zh_CN',
        'ledger_importDone',
        files,
        counts
          .map(([n, status]) => translate('zh_CN', 'ledger_countOf', n, ledgerStatusText('zh_CN', status)))
          .join(translate('zh_CN', 'ledger_listSeparator')),
      );
    expect(pickedStatus).toBe(
      done(2, [
        [1, 'verified'],
        [1, 'edited'],
      ]),
    );
    expect(droppedStatus).toBe(done(2, [[2, 'verified']]));
  });

  it('shows each person’s minutes per week, and the edited week as edited, not counted', async () => {
    await dashboard.screenshot(join(OUT, 'ledger-table.png'));
    const minutesOf = (learner: Learner, week: string) =>
      dashboard.page.$eval(cell(learner, week), (el) => el.getAttribute('data-minutes'));
    const levelOf = (learner: { staffNumber: string }, week: string) =>
      dashboard.page.$eval(cell(learner, week), (el) => el.getAttribute('data-level'));
    expect(await minutesOf(A, WEEKS[0])).toBe(String(sum(A.sessions[0])));
    expect(await minutesOf(A, WEEKS[1])).toBe(String(sum(A.sessions[1])));
    expect(await minutesOf(B, WEEKS[0])).toBe(String(sum(B.sessions[0])));
    expect(await levelOf(B, WEEKS[1])).toBe('edited');
    expect(await minutesOf(B, WEEKS[1])).toBeNull();
    // Goal 60: A's 75 and 60 reach it, B's 50 is at least half.
    expect(await levelOf(A, WEEKS[0])).toBe('met');
    expect(await levelOf(B, WEEKS[0])).toBe('part');
    expect(await levelOf(C, WEEKS[0])).toBe('missing');
    expect(await text(`${cell(A, WEEKS[0])}`)).toContain('75');
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
  });

  it('keeps hostile names and titles inert text', async () => {
    expect(await dashboard.page.$('main img')).toBeNull();
    expect(await text(`[data-testid="ledger-grid"] tr[data-person="${personId(C)}"] th`)).toContain(
      HOSTILE_NAME,
    );
    await showTab('cases', '[data-testid="ledger-cases"]');
    expect(await dashboard.page.$('main script')).toBeNull();
    expect(await text('[data-testid="ledger-cases"]')).toContain(HOSTILE_CASE);
    await dashboard.screenshot(join(OUT, 'ledger-cases.png'));
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
  });

  it('flags the edited file and verifies the other three', async () => {
    await showTab('files', '[data-testid="ledger-files"]');
    const statuses = await dashboard.page.$$eval('[data-testid="ledger-files"] tbody tr', (rows) =>
      rows.map((row) => [row.getAttribute('data-file'), row.getAttribute('data-status')]),
    );
    expect(statuses).toHaveLength(4);
    expect(statuses.filter(([, status]) => status === 'verified')).toHaveLength(3);
    expect(statuses.find(([name]) => name?.endsWith(editedName))?.[1]).toBe('edited');
    await dashboard.screenshot(join(OUT, 'ledger-files.png'));
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
  });

  it('lists the person who handed nothing in, and the one whose only file was edited', async () => {
    await showTab('missing', '[data-testid="ledger-missing"]');
    const people = (list: string) =>
      dashboard.page.$$eval(`[data-testid="${list}"] li`, (items) =>
        items.map((li) => li.getAttribute('data-person')),
      );
    expect(await dashboard.page.$eval('#ledger-missing-week', (el) => (el as HTMLSelectElement).value)).toBe(
      WEEKS[1],
    );
    expect(await people('ledger-missing')).toEqual([personId(C)]);
    expect(await people('ledger-missing-edited')).toEqual([personId(B)]);
    await dashboard.screenshot(join(OUT, 'ledger-missing.png'));
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await dashboard.page.select('#ledger-missing-week', WEEKS[0]);
    await dashboard.page.waitForFunction(
      () => !document.querySelector('[data-testid="ledger-missing-edited"]'),
    );
    expect(await people('ledger-missing')).toEqual([personId(C)]);
  });

  it('shows the group totals with the distribution as a chart and a table', async () => {
    await showTab('totals', '[data-testid="ledger-distribution"]');
    await dashboard.page.waitForFunction(
      () => (document.querySelector('main canvas') as HTMLElement | null)?.dataset.chart === 'ready',
      { timeout: 15_000 },
    );
    const counted = () =>
      dashboard.page.$$eval('[data-testid="ledger-distribution"] tbody td', (tds) =>
        tds.reduce((total, td) => total + Number(td.textContent), 0),
      );
    // The week chosen in "not handed in" carries over: both A and B counted in the first week.
    expect(await dashboard.page.$eval('#ledger-totals-week', (el) => (el as HTMLSelectElement).value)).toBe(
      WEEKS[0],
    );
    expect(await counted()).toBe(2);
    // In the second only A's file counts: B's was edited, C sent none.
    await dashboard.page.select('#ledger-totals-week', WEEKS[1]);
    await dashboard.page.waitForFunction(
      (week) =>
        document
          .querySelector('[data-testid="ledger-distribution"]')
          ?.closest('section')
          ?.querySelector('canvas')
          ?.getAttribute('aria-label')
          ?.includes(week),
      {},
      WEEKS[1],
    );
    expect(await counted()).toBe(1);
    await dashboard.screenshot(join(OUT, 'ledger-totals.png'));
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
  });

  it('a person’s detail shows their weeks and the key fingerprint their files are pinned to', async () => {
    await showTab('table', '[data-testid="ledger-grid"]');
    await dashboard.page.click(`[data-testid="ledger-grid"] tr[data-person="${personId(A)}"] th button`);
    await dashboard.page.waitForSelector('[data-testid="ledger-person-weeks"]');
    const weeks = await dashboard.page.$$eval('[data-testid="ledger-person-weeks"] tbody tr', (rows) =>
      rows.map((row) => [
        row.getAttribute('data-week'),
        row.querySelector('td')?.getAttribute('data-minutes'),
      ]),
    );
    expect(weeks).toEqual([
      [WEEKS[0], String(sum(A.sessions[0]))],
      [WEEKS[1], String(sum(A.sessions[1]))],
    ]);
    expect(await text('[data-testid="ledger-person-fingerprint"]')).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await dashboard.screenshot(join(OUT, 'ledger-person.png'));
    expect(await axeViolations(dashboard.page, axeSource)).toEqual([]);
    await showTab('table', '[data-testid="ledger-grid"]');
  });

  it('downloads an .xlsx whose weekly sheet has the right minutes and not the edited number', async () => {
    const [path] = await dashboard.downloadsFrom('button[data-export="xlsx"]', 1);
    xlsxPath = path ?? '';
    expect(xlsxPath).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(xlsxPath);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['汇总', '每周', '未提交', '案例']);
    // 每周: one row per person (staff number first), one column per week named by its Monday.
    const [header = [], ...weekly] = sheets.find((sheet) => sheet.sheet === '每周')?.data ?? [];
    const minutesIn = (learner: Learner, week: string) => {
      const column = header.findIndex((title) => String(title).includes(week));
      return weekly.find((row) => row[0] === learner.staffNumber)?.[column];
    };
    expect(minutesIn(A, WEEKS[0])).toBe(sum(A.sessions[0]));
    expect(minutesIn(A, WEEKS[1])).toBe(sum(A.sessions[1]));
    expect(minutesIn(B, WEEKS[0])).toBe(sum(B.sessions[0]));
    expect(minutesIn(B, WEEKS[1])).toBeNull();
    expect(weekly.flat()).not.toContain(900);
    const missing = sheets.find((sheet) => sheet.sheet === '未提交')?.data.flat() ?? [];
    expect(missing).toContain(C.staffNumber);
    expect(missing).not.toContain(A.staffNumber);
  });

  it('erases the ledger after a confirmation, and only the ledger', async () => {
    await dashboard.page.click('[data-testid="ledger-erase-start"]');
    await dashboard.page.click('[data-testid="ledger-erase-confirm"]');
    await dashboard.page.waitForFunction(() => !document.querySelector('[data-testid="ledger-grid"]'), {
      timeout: 15_000,
    });
    expect(await text('section[aria-labelledby="ledger-erase-heading"] [role="status"]')).toBe(
      translate('zh_CN', 'ledger_eraseDone'),
    );
    expect(await chromium.extension.sessions()).toHaveLength(1);
  });
});
