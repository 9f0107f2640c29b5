import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseDataReply } from '@/entrypoints/dashboard/data-reply';
import { backupErrorMessage } from '@/storage/backup/error-message';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { getDb } from '@/storage/db';
import { applyRestore, eraseEverything, readEverything } from '@/storage/repositories/backup';
import type { BackupData } from '@/storage/schemas/backup';
import { backupText, dump, editedText, NOW, sampleData, seed } from './support/backup-data';
import { makePlanRow } from './support/plan-rows';

const planA = makePlanRow({ id: 'plan-a', name: 'AI 素养', start: '2026-04-01', deadline: '2026-06-30' });
const planB = makePlanRow({
  id: 'plan-b',
  name: '寒假研修',
  counts: { all: false, courseKeys: [], platformIds: ['smartedu'], manual: false },
});
const withPlans = (): BackupData => ({ ...sampleData(), plans: [planA, planB] });

const outcome = async (text: string) => {
  const parsed = await parseBackupText(text, { now: NOW });
  return parsed.ok ? 'ok' : parsed.error;
};

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDb();
  await Promise.all([db.plans.clear(), db.courseNames.clear(), db.signingKeys.clear()]);
  await seed({ sessions: [], reflections: [], settings: sampleData().settings });
});

describe('backups carry training plans (format version 2)', () => {
  it('round trip: the plans are read, written with their count, parsed and restored unchanged', async () => {
    await getDb().plans.bulkPut([planA, planB]);
    const data = await readEverything(extensionSettingsStore);
    expect(data.plans).toEqual([planA, planB]);
    const text = await backupText(data);
    expect(JSON.parse(text).counts.plans).toBe(2);
    await getDb().plans.clear();
    const parsed = await parseBackupText(text, { now: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const result = await applyRestore(parsed.backup.data, 'replace', extensionSettingsStore);
    expect(result).toMatchObject({ ok: true, plan: { plans: { new: 2, removed: 0 } } });
    expect(await getDb().plans.toArray()).toEqual([planA, planB]);
  });

  it('never carries the signing keys, even when there are some', async () => {
    await getDb().signingKeys.put({ id: 'installation' } as never);
    const text = await backupText(await readEverything(extensionSettingsStore));
    expect(text).not.toContain('signingKeys');
    expect(Object.keys(JSON.parse(text).data).sort()).toEqual([
      'plans',
      'reflections',
      'sessions',
      'settings',
    ]);
  });

  it('refuses a plan the form would refuse, naming it and the rule, in both languages', async () => {
    const text = await editedText(
      (file) => {
        file.data.plans[0].deadline = '2026-03-01';
      },
      { data: withPlans() },
    );
    const error = await outcome(text);
    expect(error).toEqual({ code: 'invalid-plan', detail: 'deadlineBeforeStart:AI 素养' });
    if (error === 'ok') return;
    expect(backupErrorMessage(error, 'zh_CN')).toContain('AI 素养');
    expect(backupErrorMessage(error, 'zh_CN')).toContain('截止日期早于开始日期');
    expect(backupErrorMessage(error, 'en')).toContain('The deadline is before the start');
  });

  it.each([
    [
      'minutes per class hour outside 10–120',
      (p: Record<string, unknown>) => Object.assign(p, { classHourMinutes: 5 }),
      'classHourMinutes',
    ],
    [
      'over 2,000 class hours',
      (p: Record<string, unknown>) => Object.assign(p, { requiredClassHours: 5000 }),
      'requiredTooMany',
    ],
    [
      'nothing that counts',
      (p: Record<string, unknown>) =>
        Object.assign(p, { counts: { all: false, courseKeys: [], platformIds: [], manual: false } }),
      'nothingCounts',
    ],
  ])('refuses a plan with %s', async (_, edit, code) => {
    const text = await editedText((file) => edit(file.data.plans[1]), { data: withPlans() });
    expect(await outcome(text)).toEqual({ code: 'invalid-plan', detail: `${code}:寒假研修` });
  });

  it('refuses two plans of the file counting the same minutes without both allowing it', async () => {
    const text = await editedText(
      (file) => {
        Object.assign(file.data.plans[1], {
          counts: file.data.plans[0].counts,
          start: '2026-06-01',
          deadline: '2026-07-31',
        });
      },
      { data: withPlans() },
    );
    expect(await outcome(text)).toMatchObject({
      code: 'invalid-plan',
      detail: expect.stringMatching(/^overlap:/),
    });
  });

  it('refuses a plan count that does not match, and a repeated plan id', async () => {
    const miscounted = await editedText(
      (file) => {
        file.counts.plans = 3;
      },
      { data: withPlans() },
    );
    expect(await outcome(miscounted)).toEqual({ code: 'count-mismatch', detail: 'plans' });
    const repeated = await editedText(
      (file) => {
        file.data.plans[1].id = 'plan-a';
      },
      { data: withPlans() },
    );
    expect(await outcome(repeated)).toEqual({ code: 'duplicate-ids', detail: 'plan-a' });
  });

  it('keeps a plan whose chosen course has no sessions here: it is restored, with the course missing', async () => {
    const gone = makePlanRow({
      id: 'plan-gone',
      counts: { all: false, courseKeys: ['enaea:course:deleted'], platformIds: [], manual: false },
    });
    const parsed = await parseBackupText(await backupText({ ...sampleData(), plans: [gone] }), { now: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(await applyRestore(parsed.backup.data, 'merge', extensionSettingsStore)).toMatchObject({
      ok: true,
    });
    expect(await getDb().plans.get('plan-gone')).toEqual(gone);
  });

  it('a merge that would put a conflicting plan beside one here is refused whole, nothing changed', async () => {
    const here = makePlanRow({
      id: 'plan-here',
      name: '本机计划',
      start: '2026-04-01',
      deadline: '2026-05-31',
    });
    await getDb().plans.put(here);
    const before = { ...(await dump()), plans: await getDb().plans.toArray() };
    const parsed = await parseBackupText(await backupText(withPlans()), { now: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const result = await applyRestore(parsed.backup.data, 'merge', extensionSettingsStore);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-plan' } });
    expect({ ...(await dump()), plans: await getDb().plans.toArray() }).toEqual(before);
    // Replace drops the plan here, so the file's plans stand alone.
    expect(await applyRestore(parsed.backup.data, 'replace', extensionSettingsStore)).toMatchObject({
      ok: true,
    });
    expect((await getDb().plans.toArray()).map((plan) => plan.id)).toEqual(['plan-a', 'plan-b']);
  });

  it('erase removes the plans but leaves this installation’s signing keys', async () => {
    await getDb().plans.put(planA);
    await getDb().signingKeys.put({ id: 'installation' } as never);
    expect(await eraseEverything(extensionSettingsStore)).toEqual({ ok: true });
    expect(await getDb().plans.count()).toBe(0);
    expect(await getDb().signingKeys.count()).toBe(1);
  });
});

describe('the dashboard reads the background’s answer about plans', () => {
  it('passes an invalid-plan refusal and a preview with plan counts through unchanged', () => {
    const plan = {
      sessions: { new: 1, updated: 0, unchanged: 2, removed: 0 },
      reflections: { new: 0, updated: 0, unchanged: 0, removed: 0 },
      plans: { new: 2, updated: 0, unchanged: 0, removed: 1 },
      settings: 'replaced',
    };
    for (const reply of [
      { ok: true, plan },
      { ok: false, error: { code: 'invalid-plan', detail: 'overlap:寒假研修' } },
    ]) {
      expect(parseDataReply(reply)).toEqual(reply);
    }
  });
});
