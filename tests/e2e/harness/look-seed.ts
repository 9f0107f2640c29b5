import type { ReflectionRow, SessionRow } from '@/storage/schemas/rows';
import type { BrowserSession } from './browser-session';
import { addDays, at, shanghaiDate, TZ } from './shanghai-time';

// Realistic rows for the look e2e, so views show content rather than empty states.

export const TODAY = shanghaiDate(Date.now());
const COURSES = [
  ['enaea:course:A', '学生心理危机识别与干预', 'enaea'],
  ['smartedu:course:B', '高校辅导员职业能力提升', 'smartedu'],
  ['icourse163:course:C', '大学生生涯规划指导', 'icourse163'],
] as const;

/** About four months of study: most weekdays, two or three sittings, one hand-entered afternoon a week. */
export function seedSessions(): SessionRow[] {
  const rows: SessionRow[] = [];
  for (let back = 0; back < 120; back++) {
    const day = addDays(TODAY, -back);
    if (back % 7 === 5 || back % 11 === 3) continue;
    for (let i = 0; i < 1 + (back % 3); i++) {
      const [courseKey, courseTitle, platformId] = COURSES[(back + i) % COURSES.length] ?? COURSES[0];
      const start = at(`${day}T${String(8 + i * 3).padStart(2, '0')}:15`);
      rows.push({
        id: `look-${back}-${i}`,
        start,
        end: start + (20 + ((back * 7 + i * 13) % 40)) * 60_000,
        platformId,
        courseKey,
        courseTitle,
        lessonKey: `${courseKey}/lesson:${(back % 5) + 1}`,
        lessonTitle: `第${(back % 5) + 1}讲`,
        kind: i === 1 ? 'input' : 'media',
        tabId: 3,
      });
    }
    if (back % 7 === 2) {
      const start = at(`${day}T19:00`);
      rows.push({
        id: `look-manual-${back}`,
        start,
        end: start + 45 * 60_000,
        platformId: 'manual',
        courseKey: 'manual:线下培训',
        courseTitle: '线下专题培训',
        lessonKey: 'manual:线下培训',
        lessonTitle: '',
        kind: 'manual',
        tabId: -1,
      });
    }
  }
  return rows;
}

export function seedReflections(): ReflectionRow[] {
  return [2, 6, 9, 13].map((back, i) => {
    const day = addDays(TODAY, -back);
    const [courseKey, courseTitle] = COURSES[i % COURSES.length] ?? COURSES[0];
    return {
      id: `look-r${i}`,
      createdAt: at(`${day}T10:00`),
      updatedAt: at(`${day}T10:00`),
      courseKey,
      courseTitle,
      lessonTitle: `第${i + 1}讲`,
      topics: i % 2 ? ['谈心谈话', '心理健康'] : ['生涯规划'],
      learned: '危机的早期信号：作息突变、社交退缩、成绩骤降。',
      thought: '谈话时先倾听，不急于给建议；记录要客观。',
      apply: '下周班会介绍学校的求助渠道，并与宿舍长约定每周沟通。',
      rating: 4,
      isCase: i === 0,
      sessionIds: [`look-${back}-0`],
    };
  });
}

/** A training plan of this term, written straight into the `plans` table (when the build has one). */
export async function putPlan(extension: BrowserSession['chromium']['extension']) {
  const worker = await extension.worker();
  if (!worker) throw new Error('The extension has no service worker');
  const plan = {
    id: 'look-plan',
    name: '2026年度辅导员网络培训',
    organiser: '学生工作部',
    requiredClassHours: 40,
    classHourMinutes: 45,
    start: addDays(TODAY, -100),
    deadline: addDays(TODAY, 60),
    timeZone: TZ,
    counts: { all: true, courseKeys: [], platformIds: [], manual: true },
    countsTowardOthers: false,
    createdAt: Date.now(),
    updatedAt: Date.now(),
  };
  await worker.evaluate(
    (row) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('studytrail');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('plans')) {
            db.close();
            resolve(undefined);
            return;
          }
          const tx = db.transaction('plans', 'readwrite');
          tx.objectStore('plans').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    plan,
  );
}
