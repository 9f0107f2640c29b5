import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackupFileErrorCode } from '@/storage/backup/backup-error';
import { canonicalJson } from '@/storage/backup/canonical-json';
import { extensionSettingsStore } from '@/storage/backup/extension-settings-store';
import { parseBackupText } from '@/storage/backup/parse-backup-text';
import { type RestoreMode, restoreChanges } from '@/storage/backup/plan-restore';
import { sha256Hex } from '@/storage/backup/sha256';
import { buildDigest } from '@/storage/digest';
import { applyRestore, readEverything } from '@/storage/repositories/backup';
import { DAY_MS, EARLIEST_TIME_MS, MAX_SESSION_MS } from '@/storage/schemas/rows';
import { backupText, byId, dump, editedText, NOW, otherData, seed } from './support/backup-data';

/*
 * Property: whatever happens to a valid backup file, importing it either is refused with a known code and
 * changes nothing, or (the file is still a valid backup) applies completely. Never a throw, never half.
 */

const KNOWN: BackupFileErrorCode[] = [
  'too-large',
  'not-json',
  'truncated',
  'wrong-kind',
  'newer-version',
  'checksum-mismatch',
  'duplicate-ids',
  'invalid-field',
  'time-out-of-range',
  'session-too-long',
  'count-mismatch',
];

let valid = '';
beforeAll(async () => {
  valid = await backupText();
});
beforeEach(() => {
  fakeBrowser.reset();
});

/** Imports `text` over `otherData()` and checks the all-or-nothing property. */
async function checkImport(text: string, mode: RestoreMode): Promise<void> {
  await seed(otherData());
  const before = await dump();
  const parsed = await parseBackupText(text);
  if (!parsed.ok) {
    expect(KNOWN).toContain(parsed.error.code);
    expect(await dump()).toEqual(before);
    return;
  }
  const incoming = parsed.backup.data;
  const result = await applyRestore(incoming, mode, extensionSettingsStore);
  expect(result.ok).toBe(true);
  const after = await readEverything(extensionSettingsStore);
  if (mode === 'replace') {
    expect(after).toEqual({
      sessions: byId(incoming.sessions),
      reflections: byId(incoming.reflections),
      settings: incoming.settings,
    });
  } else {
    // Every planned write landed, every other row is as it was, the settings stayed.
    const changes = restoreChanges(before, incoming, mode);
    const expected = <Row extends { id: string }>(rows: Row[], put: Row[]) =>
      byId([...new Map([...rows, ...put].map((row) => [row.id, row])).values()]);
    expect(JSON.parse(JSON.stringify(after.sessions))).toEqual(
      JSON.parse(JSON.stringify(expected(before.sessions, changes.sessions.put))),
    );
    expect(JSON.parse(JSON.stringify(after.reflections))).toEqual(
      JSON.parse(JSON.stringify(expected(before.reflections, changes.reflections.put))),
    );
    expect(await dump().then((d) => d.storage)).toEqual(before.storage);
  }
}

const edit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '\n', '"', '\\', ',', '{', ']', '0', '学', '\u0000'),
    ),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 2 }),
  }),
);

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: ValueOf<typeof edit>): string {
  const at = change.at % (text.length + 1);
  if (change.op === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  if (change.op === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  return text.slice(0, at) + change.text + text.slice(at + change.text.length);
}

/** Every path to a value in a JSON document: ['data', 'sessions', 0, 'end'], … */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return here;
}

const jsonEdit = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'copy-sibling'),
  value: fc.jsonValue({ maxDepth: 2 }),
  rehash: fc.boolean(),
  recount: fc.boolean(),
});

/** Changes one field of the parsed file; with `rehash` (and `recount`) the edit reaches the deeper checks. */
async function applyJsonEdit(change: ValueOf<typeof jsonEdit>): Promise<string> {
  const file = JSON.parse(valid);
  const all = paths(file);
  const path = all[change.pick % all.length] ?? ['kind'];
  const key = path[path.length - 1] as string | number;
  const parent = path.slice(0, -1).reduce((node, step) => node[step], file);
  if (change.op === 'set') parent[key] = change.value;
  else if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    const siblings = Array.isArray(parent) ? parent : Object.values(parent);
    parent[key] = structuredClone(siblings[(Number(key) + 1) % siblings.length] ?? null);
  }
  if (
    change.recount &&
    file.data &&
    Array.isArray(file.data.sessions) &&
    Array.isArray(file.data.reflections)
  ) {
    file.counts = { sessions: file.data.sessions.length, reflections: file.data.reflections.length };
  }
  if (change.rehash) file.sha256 = await sha256Hex(canonicalJson(file.data));
  return JSON.stringify(file, null, 2);
}

const mode = fc.constantFrom<RestoreMode>('replace', 'merge');

describe('importing a mutated backup', () => {
  it('character deletions, insertions and replacements: refused with a known code and nothing changed, or applied whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), mode, async (edits, restoreMode) => {
        await checkImport(edits.reduce(applyEdit, valid), restoreMode);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON-level edits of random fields: refused with a known code and nothing changed, or applied whole', async () => {
    await fc.assert(
      fc.asyncProperty(jsonEdit, mode, async (change, restoreMode) => {
        await checkImport(await applyJsonEdit(change), restoreMode);
      }),
      { numRuns: 300 },
    );
  });

  it('the property holds for the unmutated file too (it applies)', async () => {
    await checkImport(valid, 'replace');
    expect((await parseBackupText(valid)).ok).toBe(true);
  });
});

/** Any instant a hand-edited file might hold: sane ones, the bounds ± 1 ms, far past, far future, 5-digit years. */
const instant = fc.oneof(
  fc.integer({ min: NOW - 30 * DAY_MS, max: NOW + 2 * DAY_MS }),
  fc.constantFrom(
    0,
    EARLIEST_TIME_MS - 1,
    EARLIEST_TIME_MS,
    NOW + DAY_MS,
    NOW + DAY_MS + 1,
    Date.UTC(9999, 11, 31),
    Date.UTC(10000, 0, 1),
    8.64e15,
  ),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

const timeEdit = fc.record({
  table: fc.constantFrom('sessions' as const, 'reflections' as const),
  row: fc.nat(),
  start: instant,
  length: fc.oneof(fc.integer({ min: 0, max: 2 * MAX_SESSION_MS }), instant),
});

describe('importing a backup with edited times', () => {
  it('refused with a known code and nothing changed, or every row within 2000 … export + 1 day and ≤ 24 h', async () => {
    await fc.assert(
      fc.asyncProperty(timeEdit, mode, async (change, restoreMode) => {
        const text = await editedText((file) => {
          const rows = file.data[change.table];
          const row = rows[change.row % rows.length];
          if (change.table === 'sessions') {
            row.start = change.start;
            row.end = change.start + change.length;
          } else {
            row.createdAt = change.start;
            row.updatedAt = change.start + change.length;
          }
        });
        await checkImport(text, restoreMode);
        const parsed = await parseBackupText(text);
        if (!parsed.ok) return;
        const { sessions, reflections } = parsed.backup.data;
        const latest = NOW + DAY_MS;
        for (const s of sessions) {
          expect(s.start).toBeGreaterThanOrEqual(EARLIEST_TIME_MS);
          expect(s.end).toBeLessThanOrEqual(latest);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SESSION_MS);
        }
        for (const r of reflections) {
          expect(Math.min(r.createdAt, r.updatedAt)).toBeGreaterThanOrEqual(EARLIEST_TIME_MS);
          expect(Math.max(r.createdAt, r.updatedAt)).toBeLessThanOrEqual(latest);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('whatever rows a digest is given, a week gives seven days and sessions cut to the week', () => {
    const week = { start: '2026-04-13', end: '2026-04-19', timeZone: 'Asia/Shanghai', now: NOW };
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, instant), { maxLength: 6 }), (pairs) => {
        const sessions = pairs.map(([a, b], i) => ({
          id: `s-${i}`,
          start: Math.min(a, b),
          end: Math.max(a, b),
          platformId: 'enaea',
          courseKey: 'enaea:course:1',
          courseTitle: '课程',
          lessonKey: 'enaea:course:1/lesson:1',
          lessonTitle: '第一讲',
          kind: 'media' as const,
          tabId: 1,
        }));
        const digest = buildDigest({ sessions, reflections: [] }, { ...week, weeklyGoalMinutes: 180 });
        expect(digest.perDay.map((d) => d.date)).toEqual([
          '2026-04-13',
          '2026-04-14',
          '2026-04-15',
          '2026-04-16',
          '2026-04-17',
          '2026-04-18',
          '2026-04-19',
        ]);
        expect(digest.totals.activeMinutes).toBeLessThanOrEqual(7 * 24 * 60);
        expect(digest.totals.longestStreakDays).toBeLessThanOrEqual(366 + 7);
      }),
      { numRuns: 200 },
    );
  });
});
