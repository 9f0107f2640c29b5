import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canonicalJson } from '@/storage/backup/canonical-json';
import { createBackup, serializeBackup } from '@/storage/backup/create-backup';
import { sha256Hex } from '@/storage/backup/sha256';
import { getDb } from '@/storage/db';
import type { BackupData } from '@/storage/schemas/backup';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { parseSettings } from '@/storage/schemas/settings';
import { makeSession } from './session-rows';

export const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
export const MIN = 60_000;
export const NOW = Date.UTC(2026, 3, 20, 8, 30, 0);

/** A stored reflection row; pass only what a test is about. */
export function makeReflection(overrides: Partial<ReflectionRow> & Pick<ReflectionRow, 'id'>): ReflectionRow {
  return {
    createdAt: T0,
    updatedAt: T0,
    courseKey: 'enaea:course:1',
    courseTitle: '辅导员职业能力',
    lessonTitle: '第一讲',
    topics: ['心理健康'],
    learned: '学生谈心谈话要先倾听。',
    thought: '',
    apply: '',
    isCase: false,
    sessionIds: [],
    ...overrides,
  };
}

/** Rows and settings with the awkward parts a real year has: quotes, newlines, emoji, no rating, manual time. */
export function sampleData(): BackupData {
  return {
    sessions: [
      makeSession({ id: 's-1', start: T0, end: T0 + 25 * MIN }),
      makeSession({
        id: 's-2',
        start: T0 + 30 * MIN,
        end: T0 + 30 * MIN,
        lessonTitle: '"引号" \\ 和\n换行 📚',
      }),
      makeSession({ id: 's-3', start: T0 + 60 * MIN, end: T0 + 90 * MIN, kind: 'manual', tabId: -1 }),
      makeSession({
        id: 's-4',
        start: T0 + 24 * 60 * MIN,
        end: T0 + 24 * 60 * MIN + 45 * MIN,
        kind: 'input',
      }),
    ],
    reflections: [
      makeReflection({ id: 'r-1', rating: 4, sessionIds: ['s-1'], thought: '思', apply: '用' }),
      makeReflection({
        id: 'r-2',
        updatedAt: T0 + MIN,
        topics: [],
        isCase: true,
        courseTitle: '<b>标题</b>',
      }),
    ],
    settings: parseSettings({
      weeklyGoalMinutes: 240,
      goalUnit: 'classHours',
      locale: 'en',
      timeZone: 'Asia/Shanghai',
      enabledPlatforms: { chaoxing: false },
      portalOrigins: ['https://portal.example.edu.cn'],
      customRules: [
        { id: 'province', name: '省级平台', matches: ['*://study.example.gov.cn/*'], enabled: true },
      ],
      reflection: { enabled: true, afterMinutes: 30, maxPerDay: 2, snoozeMinutes: 15 },
    }),
  };
}

/** Other rows and settings, standing for what is on this machine before a restore. */
export function otherData(): BackupData {
  return {
    sessions: [
      makeSession({ id: 's-1', start: T0, end: T0 + 10 * MIN }),
      makeSession({ id: 'local-only', start: T0 + 200 * MIN, end: T0 + 210 * MIN }),
    ],
    reflections: [makeReflection({ id: 'r-local', learned: '本机写的' })],
    settings: parseSettings({ weeklyGoalMinutes: 90, paused: true }),
  };
}

/** Puts exactly these rows and settings in the database and in storage.local. */
export async function seed(data: BackupData): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.sessions, db.reflections, async () => {
    await db.sessions.clear();
    await db.reflections.clear();
    await db.sessions.bulkPut(data.sessions);
    await db.reflections.bulkPut(data.reflections);
  });
  await fakeBrowser.storage.local.set({ settings: data.settings });
}

/** Everything stored, raw: both tables and all of storage.local, to compare before and after. */
export async function dump() {
  const db = getDb();
  return {
    sessions: await db.sessions.toArray(),
    reflections: await db.reflections.toArray(),
    storage: await fakeBrowser.storage.local.get(null),
  };
}

/** The text of a backup of `data`, as the extension writes it. */
export async function backupText(data: BackupData = sampleData()): Promise<string> {
  return serializeBackup(await createBackup(data, { appVersion: '0.1.0', now: NOW }));
}

/** A backup's text after `edit` changes the parsed file; the checksum is recomputed unless `rehash` is false. */
export async function editedText(
  // biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed file freely, into invalid shapes too.
  edit: (file: Record<string, any>) => void,
  { rehash = true, data = sampleData() }: { rehash?: boolean; data?: BackupData } = {},
): Promise<string> {
  const file = JSON.parse(await backupText(data));
  edit(file);
  if (rehash) file.sha256 = await sha256Hex(canonicalJson(file.data));
  return JSON.stringify(file, null, 2);
}

/** Rows sorted by id, as the tables return them. */
export const byId = <Row extends { id: string }>(rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
