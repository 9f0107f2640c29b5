import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { createBackup, serializeBackup } from '@/storage/backup/create-backup';
import { DEFAULT_MAX_BACKUP_BYTES, parseBackupText } from '@/storage/backup/parse-backup-text';
import type { SettingsStore } from '@/storage/backup/settings-store';
import { getDb } from '@/storage/db';
import { applyRestore, readEverything } from '@/storage/repositories/backup';
import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { table } from './format';

/*
 * Backup, parse and restore of a heavy year (20,000 sessions, 2,000 reflections) in plain Node on
 * fake-indexeddb. Settings stay in memory here: storage/settings.ts needs the extension's `#imports`.
 */

const SESSIONS = 20_000;
const REFLECTIONS = 2_000;
const DAY = 86_400_000;
const YEAR_START = Date.UTC(2025, 8, 1);
const MB = 2 ** 20;

// Dexie reads `indexedDB` when it is first loaded; if run.ts loaded it before fake-indexeddb, hand it over.
Dexie.dependencies.indexedDB ??= globalThis.indexedDB;
Dexie.dependencies.IDBKeyRange ??= globalThis.IDBKeyRange;

function memorySettingsStore(initial: Settings): SettingsStore {
  let stored: Settings | undefined = initial;
  return {
    load: async () => stored ?? DEFAULT_SETTINGS,
    replace: async (settings) => {
      stored = settings;
    },
    clear: async () => {
      stored = undefined;
    },
  };
}

/** A year of study in short sittings, with the field sizes real platforms give. */
function heavyYear(): { sessions: SessionRow[]; reflections: ReflectionRow[] } {
  const sessions = Array.from({ length: SESSIONS }, (_, index): SessionRow => {
    const start = YEAR_START + Math.floor((index * 365 * DAY) / SESSIONS) + (index % 7) * 60_000;
    const course = index % 40;
    return {
      id: `2025-${index.toString(36).padStart(6, '0')}-${(index * 7919).toString(36)}`,
      start,
      end: start + 5 * 60_000 + (index % 23) * 60_000,
      platformId: ['enaea', 'smartedu', 'icourse163', 'chaoxing'][course % 4] ?? 'enaea',
      courseKey: `https://study.enaea.edu.cn/course.do?courseId=${100_000 + course}`,
      courseTitle: `高校辅导员职业能力提升专题 第${course + 1}期：学生心理危机识别与干预`,
      lessonKey: `https://study.enaea.edu.cn/viewerforccvideo.do?courseId=${100_000 + course}&coursewareId=${index % 300}#/lesson/${index % 12}`,
      lessonTitle: `第${(index % 12) + 1}讲 谈心谈话的方法与技巧（${index % 3 === 0 ? '上' : '下'}）`,
      kind: index % 50 === 0 ? 'manual' : index % 3 === 0 ? 'input' : 'media',
      tabId: index % 50 === 0 ? -1 : 100 + (index % 9),
    };
  });
  const reflections = Array.from({ length: REFLECTIONS }, (_, index): ReflectionRow => {
    const session = sessions[index * 10] ?? sessions[0];
    const at = (session?.end ?? YEAR_START) + 60_000;
    return {
      id: `r-${index.toString(36).padStart(5, '0')}`,
      createdAt: at,
      updatedAt: at + (index % 5) * 3_600_000,
      courseKey: session?.courseKey ?? '',
      courseTitle: session?.courseTitle ?? '',
      lessonTitle: session?.lessonTitle ?? '',
      topics: ['心理健康', '谈心谈话', '危机干预'].slice(0, (index % 3) + 1),
      learned:
        '本讲介绍了识别学生心理危机的早期信号，包括情绪、行为和学业上的变化，以及与家长、心理中心协同的流程。'.repeat(
          2,
        ),
      thought: '过去我更多依赖学生主动求助，现在认识到日常观察和班干部反馈同样重要。',
      apply: '下周在班会后安排一对一谈话，建立重点关注学生台账，并与心理中心约定转介流程。',
      ...(index % 4 === 0 ? {} : { rating: (index % 5) + 1 }),
      isCase: index % 17 === 0,
      sessionIds: [session?.id ?? ''],
    };
  });
  return { sessions, reflections };
}

/** Largest rss and heapUsed seen by a 2 ms sampler (it runs between synchronous steps, so a lower bound). */
function memorySampler() {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 2);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

interface Step {
  name: string;
  ms: number;
  heapBefore: number;
  heapAfter: number;
  peakHeap: number;
  peakRss: number;
}

async function measure<T>(name: string, steps: Step[], run: () => Promise<T>): Promise<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const sampler = memorySampler();
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  const peak = sampler.stop();
  steps.push({
    name,
    ms,
    heapBefore,
    heapAfter: process.memoryUsage().heapUsed,
    peakHeap: peak.heapUsed,
    peakRss: peak.rss,
  });
  return result;
}

/** Times backup, parse and restore of a heavy year and prints a table with memory and file size. */
export async function benchBackup(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.sessions, db.reflections, async () => {
    await db.sessions.clear();
    await db.reflections.clear();
  });
  const year = heavyYear();
  const settings = memorySettingsStore({ ...DEFAULT_SETTINGS, weeklyGoalMinutes: 240 });
  const steps: Step[] = [];
  const rssBefore = process.memoryUsage().rss;

  await measure('seed the database (bulkPut)', steps, async () => {
    await db.sessions.bulkPut(year.sessions);
    await db.reflections.bulkPut(year.reflections);
  });
  const everything = await measure('readEverything', steps, () => readEverything(settings));
  const text = await measure('createBackup + JSON.stringify', steps, async () =>
    serializeBackup(await createBackup(everything, { appVersion: '0.1.0', now: Date.now() })),
  );
  const parsed = await measure('parseBackupText', steps, () => parseBackupText(text));
  if (!parsed.ok) throw new Error(`The bench's own backup was refused: ${JSON.stringify(parsed.error)}`);
  await measure('applyRestore replace, same data (no-op)', steps, async () => {
    const result = await applyRestore(parsed.backup.data, 'replace', settings);
    if (!result.ok) throw new Error(`restore failed: ${JSON.stringify(result.error)}`);
  });
  await db.transaction('rw', db.sessions, db.reflections, async () => {
    await db.sessions.clear();
    await db.reflections.clear();
  });
  await measure('applyRestore replace, empty database', steps, async () => {
    const result = await applyRestore(parsed.backup.data, 'replace', settings);
    if (!result.ok) throw new Error(`restore failed: ${JSON.stringify(result.error)}`);
  });
  if ((await db.sessions.count()) !== SESSIONS || (await db.reflections.count()) !== REFLECTIONS) {
    throw new Error('the restore did not write every row');
  }

  const mb = (bytes: number) => (bytes / MB).toFixed(1);
  console.log(
    `Backup of a heavy year (${SESSIONS} sessions, ${REFLECTIONS} reflections), fake-indexeddb in Node:\n`,
  );
  console.log(
    table([
      ['step', 'time (ms)', 'heap before (MB)', 'heap after (MB)', 'peak heap (MB)', 'peak rss (MB)'],
      ...steps.map((step) => [
        step.name,
        step.ms.toFixed(0),
        mb(step.heapBefore),
        mb(step.heapAfter),
        mb(step.peakHeap),
        mb(step.peakRss),
      ]),
    ]),
  );
  console.log('');
  console.log(
    `file size: ${mb(Buffer.byteLength(text, 'utf8'))} MB (limit ${mb(DEFAULT_MAX_BACKUP_BYTES)} MB); sha256 ${parsed.backup.sha256.slice(0, 12)}…`,
  );
  console.log(
    `rss before seeding ${mb(rssBefore)} MB, after ${mb(process.memoryUsage().rss)} MB; process peak rss (getrusage) ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
  console.log('(peaks are sampled every 2 ms between synchronous steps, so they are lower bounds)');
}
