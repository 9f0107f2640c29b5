import { beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, renderJson } from '@/storage/digest';
import { peopleByWeeks } from '@/storage/ledger/queries';
import { eraseLedger, importLedgerFiles, readLedger } from '@/storage/repositories/ledger';
import { generateSigner } from '@/storage/signing/generate-key';
import { signDigest } from '@/storage/signing/sign-digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';
import { inputFile } from './support/ledger-digests';

/*
 * The ledger against a digest exactly as a learner's StudyTrail exports it: built from stored rows, given the
 * learner's identity, signed by an installation's key and rendered as the JSON file.
 */

beforeEach(() => eraseLedger());

async function exported(edit?: (json: Record<string, unknown>) => void) {
  const digest = buildDigest(
    { sessions: SESSIONS, reflections: REFLECTIONS },
    { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
  );
  const withLearner = { ...digest, learner: { name: '张三', staffNumber: '1001', unit: '学生工作部' } };
  const text = renderJson(await signDigest(withLearner, await generateSigner()));
  const json = JSON.parse(text) as Record<string, unknown>;
  edit?.(json);
  return { digest, file: inputFile('张三-2026-11-16.json', edit ? JSON.stringify(json) : text) };
}

describe('the ledger reads the digest StudyTrail exports', () => {
  it('a signed export is verified, with the digest’s own minutes, goal and cases', async () => {
    const { digest, file } = await exported();
    await importLedgerFiles([file], { now: NOW });
    const data = await readLedger();
    expect(data.files.map((row) => [row.status, row.reason])).toEqual([['verified', undefined]]);
    expect(data.weeks[0]).toMatchObject({
      personId: 's:1001',
      weekStart: PERIOD.start,
      minutes: digest.totals.activeMinutes,
      goalMinutes: WEEKLY_GOAL,
      reflectionCount: digest.reflections.length,
      caseCount: digest.reflections.filter((reflection) => reflection.isCase).length,
    });
    expect(data.cases.length).toBeGreaterThan(0);
    expect(data.cases).toHaveLength(digest.reflections.filter((reflection) => reflection.isCase).length);
  });

  it('the same export with one number changed by hand is edited and not counted', async () => {
    const { file } = await exported((json) => {
      (json.totals as { activeMinutes: number }).activeMinutes += 60;
    });
    await importLedgerFiles([file], { now: NOW });
    const data = await readLedger();
    expect(data.files[0]?.status).toBe('edited');
    expect(data.weeks).toEqual([]);
    expect(peopleByWeeks(data, { classHourMinutes: 45 }).rows[0]?.cells[0]?.state).toBe('edited');
  });
});
