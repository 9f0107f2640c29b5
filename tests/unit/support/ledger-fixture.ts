import type { LedgerData, LedgerFile, LedgerPerson, LedgerWeek } from '@/storage/ledger/types';

/** A roster person `s:<staffNo>`. */
export function person(
  staffNo: string,
  name: string,
  order: number,
  extra: Partial<LedgerPerson> = {},
): LedgerPerson {
  return { id: `s:${staffNo}`, staffNo, name, unit: '学生工作部', onRoster: true, order, ...extra };
}

/** A counted week of a person, verified, from file `f-<person>-<week>`. */
export function week(
  personId: string,
  weekStart: string,
  minutes: number,
  extra: Partial<LedgerWeek> = {},
): LedgerWeek {
  return {
    id: `${personId}|${weekStart}`,
    personId,
    weekStart,
    minutes,
    manualMinutes: 0,
    daysStudied: 2,
    goalMinutes: 60,
    reflectionCount: 1,
    caseCount: 0,
    plans: [],
    source: 'digest',
    fileId: `f-${personId}-${weekStart}`,
    status: 'verified',
    generatedAt: Date.parse(`${weekStart}T00:00:00Z`) + 7 * 86_400_000,
    ...extra,
  };
}

let seq = 0;
/** A file row; the status and the rest as given. */
export function file(
  name: string,
  status: LedgerFile['status'],
  extra: Partial<LedgerFile> = {},
): LedgerFile {
  seq += 1;
  return { id: `file-${seq}`, name, size: 1000, status, importedAt: 1_770_000_000_000, seq, ...extra };
}

export const HOSTILE = '<img src=x onerror=alert(1)>赵老师';

/** Three on the roster: 王 (two weeks), 李 (one week, the second edited), a hostile name (nothing). */
export function smallLedger(): LedgerData {
  const wang = person('2026001', '王老师', 0, {
    pinnedFingerprint: '3f2a 9c01 77be 04d1',
    pinnedBy: 'first-file',
  });
  const li = person('2026002', '李老师', 1);
  const zhao = person('2026003', HOSTILE, 2);
  return {
    persons: [wang, li, zhao],
    weeks: [
      week(wang.id, '2026-04-13', 75),
      week(wang.id, '2026-04-20', 60, {
        plans: [
          { title: '2026 年辅导员网络培训', requiredMinutes: 1800, doneMinutes: 600, status: 'behind' },
        ],
      }),
      week(li.id, '2026-04-13', 50),
    ],
    cases: [
      {
        id: `${wang.id}|2026-04-13|r1`,
        weekId: `${wang.id}|2026-04-13`,
        personId: wang.id,
        weekStart: '2026-04-13',
        createdAt: 1_776_000_000_000,
        courseTitle: '学生心理危机识别与干预',
        lessonTitle: '<script>alert(1)</script>第一讲',
        topics: ['心理危机干预'],
        learned: '先倾听，再判断',
      },
    ],
    files: [
      file('wang-16.json', 'verified', {
        personId: wang.id,
        weekStart: '2026-04-13',
        fingerprint: '3f2a 9c01 77be 04d1',
      }),
      file('wang-17.json', 'verified', {
        personId: wang.id,
        weekStart: '2026-04-20',
        fingerprint: '3f2a 9c01 77be 04d1',
      }),
      file('li-16.json', 'verified', { personId: li.id, weekStart: '2026-04-13' }),
      file('li-17.json', 'edited', { personId: li.id, weekStart: '2026-04-20', reason: 'bad-signature' }),
      file('notes.txt', 'invalid', { reason: 'not-a-digest-file' }),
    ],
  };
}

/** `people` × `weeks` counted weeks, all verified: the scale the ledger is built for (300 × 20). */
export function bigLedger(people: number, weeks: number): LedgerData {
  const persons = Array.from({ length: people }, (_, i) => person(String(100000 + i), `学员${i}`, i));
  const starts = Array.from({ length: weeks }, (_, w) =>
    new Date(Date.UTC(2026, 2, 2) + w * 7 * 86_400_000).toISOString().slice(0, 10),
  );
  return {
    persons,
    weeks: persons.flatMap((p, i) => starts.map((s, w) => week(p.id, s, (i * 7 + w * 13) % 240))),
    cases: [],
    files: [],
  };
}
