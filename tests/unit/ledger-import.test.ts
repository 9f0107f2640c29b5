import { beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_LIMITS } from '@/storage/ledger/limits';
import { notHandedIn, peopleByWeeks } from '@/storage/ledger/queries';
import { acceptNewKey, eraseLedger, importLedgerFiles, readLedger } from '@/storage/repositories/ledger';
import {
  inputFile,
  jsonFile,
  makeSigner,
  signed,
  type TestSigner,
  weekDigest,
} from './support/ledger-digests';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const W1 = '2026-11-02';
const W2 = '2026-11-09';
const ZHANG = { name: '张三', staffNumber: '1001', unit: '学生工作部' };

let alice: TestSigner;
let other: TestSigner;

beforeEach(async () => {
  await eraseLedger();
  alice ??= await makeSigner();
  other ??= await makeSigner();
});

async function signedFile(name: string, options: Parameters<typeof weekDigest>[0], signer = alice) {
  return jsonFile(name, await signed(weekDigest(options), signer));
}

const only = async () => {
  const data = await readLedger();
  return { data, file: data.files[0] };
};

describe('ledger import: one file at a time', () => {
  it('a signed digest is verified, becomes a week of the person it names and pins that key', async () => {
    const summary = await importLedgerFiles(
      [await signedFile('a.json', { weekStart: W1, minutes: 125.5, learner: ZHANG })],
      { now: NOW },
    );
    expect(summary.byStatus.verified).toBe(1);
    const { data } = await only();
    expect(data.persons).toEqual([
      expect.objectContaining({
        id: 's:1001',
        name: '张三',
        unit: '学生工作部',
        onRoster: false,
        pinnedBy: 'first-file',
      }),
    ]);
    expect(data.persons[0]?.pinnedFingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(data.weeks).toEqual([
      expect.objectContaining({ personId: 's:1001', weekStart: W1, minutes: 125.5, status: 'verified' }),
    ]);
  });

  it('an edited number fails the signature: status edited, no week counted, the cell is flagged', async () => {
    const digest = await signed(weekDigest({ weekStart: W1, minutes: 60, learner: ZHANG }), alice);
    (digest.totals as { activeMinutes: number }).activeMinutes = 600;
    await importLedgerFiles([jsonFile('edited.json', digest)], { now: NOW });
    const { data, file } = await only();
    expect(file).toMatchObject({ status: 'edited', personId: 's:1001', weekStart: W1 });
    expect(data.weeks).toEqual([]);
    expect(peopleByWeeks(data, { classHourMinutes: 45 }).rows[0]?.cells[0]?.state).toBe('edited');
    expect(notHandedIn(data, W1).edited.map((person) => person.id)).toEqual(['s:1001']);
  });

  it('an unsigned version 3 digest with a learner counts as unsigned; a version 2 digest names nobody', async () => {
    await importLedgerFiles(
      [
        jsonFile('u.json', weekDigest({ weekStart: W1, minutes: 30, learner: ZHANG })),
        jsonFile('v2.json', weekDigest({ weekStart: W1, minutes: 30 })),
      ],
      { now: NOW },
    );
    const { data } = await only();
    expect(data.files.map((file) => [file.status, file.reason])).toEqual([
      ['unsigned', undefined],
      ['unknown-person', 'no-learner'],
    ]);
    expect(data.weeks.map((week) => week.status)).toEqual(['unsigned']);
  });

  it('a hostile name and case title from a digest are stored as plain text', async () => {
    const learner = { staffNumber: '1001', name: '\u202e=cmd|calc<b>', unit: '@SUM(A1)' };
    const cases = [
      {
        courseTitle: '<img src=x onerror=alert(1)>',
        lessonTitle: '=1+1',
        topics: ['+x'],
        learned: 'a\u0000b',
      },
    ];
    await importLedgerFiles([await signedFile('h.json', { weekStart: W1, minutes: 5, learner, cases })], {
      now: NOW,
    });
    const { data } = await only();
    expect(data.persons[0]).toMatchObject({ name: ' =cmd|calc<b>', unit: '@SUM(A1)' });
    expect(data.cases[0]).toMatchObject({
      courseTitle: '<img src=x onerror=alert(1)>',
      lessonTitle: '=1+1',
      learned: 'a b',
    });
  });

  it('a later file signed with another key is flagged new-key until the organiser accepts the key', async () => {
    await importLedgerFiles([await signedFile('1.json', { weekStart: W1, minutes: 50, learner: ZHANG })], {
      now: NOW,
    });
    await importLedgerFiles(
      [await signedFile('2.json', { weekStart: W2, minutes: 70, learner: ZHANG }, other)],
      { now: NOW },
    );
    let data = await readLedger();
    expect(data.files.map((file) => file.status)).toEqual(['verified', 'new-key']);
    expect(data.weeks.find((week) => week.weekStart === W2)?.status).toBe('new-key');
    await acceptNewKey('s:1001');
    data = await readLedger();
    expect(data.files.map((file) => file.status)).toEqual(['verified', 'verified']);
    expect(data.weeks.every((week) => week.status === 'verified')).toBe(true);
    expect(data.persons[0]?.pinnedBy).toBe('organiser');
  });
});

describe('ledger import: training plans of a version 3 digest', () => {
  it('keeps each plan’s name, required and tracked minutes, deadline and pace; a behind plan marks the cell', async () => {
    const plan = {
      planId: '0123456789abcdef',
      name: '2026 年辅导员网络培训',
      organiser: '学生工作部',
      start: '2026-09-01',
      deadline: '2026-12-31',
      timeZone: 'Asia/Shanghai',
      requiredClassHours: 40,
      classHourMinutes: 45,
      periodMinutes: 120,
      trackedMinutes: 900,
      trackedClassHours: 20,
      percent: 50,
      status: 'behind',
      neededClassHoursPerWeek: 2.5,
    };
    await importLedgerFiles(
      [await signedFile('p.json', { weekStart: W1, minutes: 120, learner: ZHANG, plans: [plan] })],
      {
        now: NOW,
      },
    );
    const data = await readLedger();
    expect(data.weeks[0]?.plans).toEqual([
      {
        planId: '0123456789abcdef',
        title: '2026 年辅导员网络培训',
        requiredMinutes: 1800,
        doneMinutes: 900,
        deadline: '2026-12-31',
        status: 'behind',
      },
    ]);
    expect(peopleByWeeks(data, { classHourMinutes: 45 }).rows[0]?.cells[0]?.planBehind).toBe(true);
  });
});

describe('ledger import: bad input gets a status and changes nothing else', () => {
  async function statusOf(file: ReturnType<typeof inputFile>) {
    await eraseLedger();
    await importLedgerFiles([file], { now: NOW });
    const data = await readLedger();
    expect(data.weeks).toEqual([]);
    expect(data.persons).toEqual([]);
    expect(data.files).toHaveLength(1);
    return [data.files[0]?.status, data.files[0]?.reason];
  }

  it('not JSON, JSON that is not a digest, a newer schema, an old one, a spreadsheet', async () => {
    expect(await statusOf(inputFile('x.json', '{"kind": "studytrail.digest",'))).toEqual([
      'invalid',
      'not-json',
    ]);
    expect(await statusOf(jsonFile('pkg.json', { name: 'package', version: '1.0.0' }))).toEqual([
      'invalid',
      'not-digest',
    ]);
    expect(
      await statusOf(
        jsonFile('v9.json', {
          ...weekDigest({ weekStart: W1, minutes: 5, learner: ZHANG }),
          schemaVersion: 9,
        }),
      ),
    ).toEqual(['invalid', 'newer-version']);
    expect(
      await statusOf(jsonFile('v1.json', { ...weekDigest({ weekStart: W1, minutes: 5 }), schemaVersion: 1 })),
    ).toEqual(['invalid', 'schema']);
    expect(await statusOf(inputFile('list.xlsx', 'PK'))).toEqual(['invalid', 'not-a-digest-file']);
  });

  it('a digest missing a field names the field', async () => {
    const { totals: _totals, ...broken } = weekDigest({ weekStart: W1, minutes: 5, learner: ZHANG });
    expect(await statusOf(jsonFile('b.json', broken))).toEqual(['invalid', 'schema']);
    expect((await readLedger()).files[0]?.detail).toContain('totals');
  });

  it('a future-dated digest (a week not begun, or generated days ahead) is refused', async () => {
    expect(
      await statusOf(await signedFile('f.json', { weekStart: '2026-11-30', minutes: 5, learner: ZHANG })),
    ).toEqual(['invalid', 'future-dated']);
    expect(
      await statusOf(
        await signedFile('g.json', {
          weekStart: W2,
          minutes: 5,
          learner: ZHANG,
          generatedAt: '2027-01-01T00:00:00.000Z',
        }),
      ),
    ).toEqual(['invalid', 'future-dated']);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = inputFile('big.json', new Uint8Array(LEDGER_LIMITS.fileBytes + 1).fill(32));
    expect(await statusOf(big)).toEqual(['invalid', 'too-large']);
  });

  it('a period that is not one ISO week is refused', async () => {
    const digest = weekDigest({ weekStart: W1, minutes: 5, learner: ZHANG });
    digest.period = { start: W1, end: '2026-11-12', timeZone: 'Asia/Shanghai' };
    expect(await statusOf(jsonFile('two-weeks.json', digest))).toEqual(['invalid', 'not-a-week']);
  });
});

describe('ledger import: a file that cannot be read', () => {
  it('gets its own status and the other files are imported', async () => {
    const gone = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('moved', 'NotReadableError')),
    };
    await importLedgerFiles(
      [gone, await signedFile('ok.json', { weekStart: W1, minutes: 5, learner: ZHANG })],
      { now: NOW },
    );
    const data = await readLedger();
    expect(data.files.map((file) => [file.name, file.status, file.reason])).toEqual([
      ['gone.json', 'invalid', 'unreadable'],
      ['ok.json', 'verified', undefined],
    ]);
  });
});

describe('ledger import: progress and cancel', () => {
  it('reports progress to the total and writes nothing when cancelled', async () => {
    const files = await Promise.all(
      [W1, W2].map((weekStart) => signedFile(`${weekStart}.json`, { weekStart, minutes: 5, learner: ZHANG })),
    );
    const seen: string[] = [];
    await importLedgerFiles(files, {
      now: NOW,
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(seen.at(-1)).toBe('done 2/2');
    expect(seen).toContain('checking 2/2');
    await eraseLedger();
    const controller = new AbortController();
    controller.abort();
    const summary = await importLedgerFiles(files, { now: NOW, signal: controller.signal });
    expect(summary.cancelled).toBe(true);
    expect((await readLedger()).files).toEqual([]);
  });
});
