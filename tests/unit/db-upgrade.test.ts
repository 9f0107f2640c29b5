import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsStore } from '@/storage/backup/settings-store';
import { AppDB, DB_VERSION, getDb } from '@/storage/db';
import { rekeyRows } from '@/storage/platforms/rekey-rows';
import { applyRestore, previewRestore, readRows } from '@/storage/repositories/backup';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS } from '@/storage/schemas/settings';

let dbCount = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

/** A database exactly as version 1 of the code declared and wrote it. */
async function seedVersion1(sessions: SessionRow[], reflections: ReflectionRow[]): Promise<string> {
  dbCount += 1;
  const name = `studytrail-upgrade-${dbCount}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    sessions: 'id, start, end, courseKey',
    reflections: 'id, createdAt, updatedAt, courseKey',
  });
  await v1.table('sessions').bulkAdd(sessions);
  await v1.table('reflections').bulkAdd(reflections);
  v1.close();
  return name;
}

function session(id: string, platformId: string, courseKey: string, lessonKey: string): SessionRow {
  return {
    id,
    start: 1_764_000_000_000,
    end: 1_764_000_600_000,
    platformId,
    courseKey,
    courseTitle: courseKey.split(':')[1] ?? '',
    lessonKey,
    lessonTitle: '第一讲',
    kind: 'media',
    tabId: 3,
  };
}

function reflection(id: string, courseKey: string, sessionIds: string[]): ReflectionRow {
  return {
    id,
    createdAt: 1_764_000_700_000,
    updatedAt: 1_764_000_700_000,
    courseKey,
    courseTitle: '课程',
    lessonTitle: '第一讲',
    topics: ['谈心谈话'],
    learned: '学到了',
    thought: '',
    apply: '',
    isCase: false,
    sessionIds,
  };
}

// Version 1 keyed 超星 courses by the page title, the same for every course.
const CX_OLD = 'chaoxing:学生学习页面';
const SESSIONS: SessionRow[] = [
  session(
    's-cx-a',
    'chaoxing',
    CX_OLD,
    'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=646126892&courseId=228080237&clazzid=62283699&cpi=267152825&enc=a3eaf790',
  ),
  session(
    's-cx-b',
    'chaoxing',
    CX_OLD,
    'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=127067864&courseId=203379033&clazzid=6687211&enc=94d12474',
  ),
  session(
    's-mooc',
    'icourse163',
    'icourse163:大学生心理健康',
    'https://www.icourse163.org/learn/PKU-1001?tid=7#/learn/content?type=detail&id=123&cid=456&replay=true',
  ),
  session(
    's-enaea',
    'enaea',
    'enaea:新时代辅导员',
    'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=291026&circleId=115203',
  ),
  session(
    's-user',
    'user-abc123',
    'user-abc123:省平台课程',
    'https://mooc.example.edu.cn/play?t=30&lesson=3#top',
  ),
  session(
    's-enet',
    'enetedu',
    'enetedu:全国高校教师网络培训中心',
    'https://onlinenew.enetedu.com/Index/Course/Learn?id=42',
  ),
  { ...session('s-manual', 'manual', 'manual:线下学习', ''), kind: 'manual', tabId: -1 },
];
const REFLECTIONS: ReflectionRow[] = [
  reflection('r-cx', CX_OLD, ['s-cx-b']),
  reflection('r-cx-unlinked', CX_OLD, []),
  reflection('r-mooc', 'icourse163:大学生心理健康', []),
  reflection('r-other', 'enaea:没有记录的课程', []),
];

const EXPECTED_KEYS: Record<string, [string, string]> = {
  's-cx-a': ['chaoxing:course:228080237', 'chaoxing:course:228080237/lesson:646126892'],
  's-cx-b': ['chaoxing:course:203379033', 'chaoxing:course:203379033/lesson:127067864'],
  's-mooc': ['icourse163:course:PKU-1001', 'icourse163:course:PKU-1001/lesson:123.456'],
  's-enaea': [
    'enaea:course:291026',
    'https://study.enaea.edu.cn/viewerforccvideo.do?circleId=115203&courseId=291026',
  ],
  's-user': ['user-abc123:省平台课程', 'https://mooc.example.edu.cn/play?lesson=3'],
  's-enet': ['enetedu:全国高校教师网络培训中心', 'https://onlinenew.enetedu.com/Index/Course/Learn?id=42'],
  's-manual': ['manual:线下学习', ''],
};

describe('database version 2: rows of version 1 are re-keyed from their URLs', () => {
  it('every session and reflection survives, re-keyed where the URL allows', async () => {
    const name = await seedVersion1(SESSIONS, REFLECTIONS);
    const db = new AppDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const sessions = await db.sessions.orderBy('id').toArray();
    expect(sessions.map((row) => row.id).sort()).toEqual(SESSIONS.map((row) => row.id).sort());
    for (const row of sessions) {
      const original = SESSIONS.find((s) => s.id === row.id) as SessionRow;
      const [courseKey, lessonKey] = EXPECTED_KEYS[row.id] as [string, string];
      expect(row, row.id).toEqual({ ...original, courseKey, lessonKey });
    }

    const reflections = new Map((await db.reflections.toArray()).map((row) => [row.id, row]));
    expect([...reflections.keys()].sort()).toEqual(REFLECTIONS.map((row) => row.id).sort());
    // Follows the session it lists.
    expect(reflections.get('r-cx')?.courseKey).toBe('chaoxing:course:203379033');
    // The old key split into two courses and no session is listed: nothing to tell them apart.
    expect(reflections.get('r-cx-unlinked')?.courseKey).toBe(CX_OLD);
    // Every session of its old key went to one course.
    expect(reflections.get('r-mooc')?.courseKey).toBe('icourse163:course:PKU-1001');
    expect(reflections.get('r-other')).toEqual(REFLECTIONS[3]);
    // The index follows the new keys.
    expect(await db.sessions.where('courseKey').equals('chaoxing:course:228080237').count()).toBe(1);
    expect(await db.reflections.where('courseKey').equals('icourse163:course:PKU-1001').count()).toBe(1);
  });

  it('an empty version-1 database opens as version 2', async () => {
    const db = new AppDB(await seedVersion1([], []));
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('rekeyRows: the same re-keying for restored backups', () => {
  it('re-keying twice changes nothing more', () => {
    const once = rekeyRows({ sessions: SESSIONS, reflections: REFLECTIONS });
    expect(rekeyRows(once)).toEqual(once);
  });

  it('rows of today come back as the same objects', () => {
    const today = rekeyRows({ sessions: SESSIONS, reflections: REFLECTIONS });
    const again = rekeyRows(today);
    again.sessions.forEach((row, i) => {
      expect(row).toBe(today.sessions[i]);
    });
  });
});

describe('restoring a backup made before version 2', () => {
  const settings: SettingsStore = {
    load: async () => DEFAULT_SETTINGS,
    replace: async () => undefined,
    clear: async () => undefined,
  };
  const backup = { sessions: SESSIONS, reflections: REFLECTIONS, settings: DEFAULT_SETTINGS };

  it('restored rows get the same re-keying as the database upgrade', async () => {
    await getDb().sessions.clear();
    await getDb().reflections.clear();
    const result = await applyRestore(backup, 'replace', settings);
    expect(result.ok).toBe(true);
    const rows = await readRows();
    for (const row of rows.sessions) {
      expect([row.courseKey, row.lessonKey], row.id).toEqual(EXPECTED_KEYS[row.id]);
    }
    expect(rows.reflections.find((row) => row.id === 'r-cx')?.courseKey).toBe('chaoxing:course:203379033');
  });

  it('merging the same old backup again finds nothing to change', async () => {
    const plan = await previewRestore(backup, 'merge');
    expect(plan.sessions).toMatchObject({ new: 0, updated: 0 });
    expect(plan.reflections).toMatchObject({ new: 0, updated: 0 });
  });
});
