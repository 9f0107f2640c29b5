// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoursesView } from '@/components/courses/CoursesView';
import type { CoursesActions } from '@/components/courses/courses-actions';
import { SessionsView } from '@/components/sessions/SessionsView';
import type { SessionsActions } from '@/components/sessions/sessions-actions';
import { courseSummaries } from '@/storage/courses/course-summaries';
import { getDb } from '@/storage/db';
import type { Locale } from '@/storage/i18n';
import { allCourseNames, clearCourseName, renameCourse } from '@/storage/repositories/course-names';
import {
  addManualSession,
  allSessions,
  deleteSession,
  restoreSession,
  sessionsBetween,
  updateManualSession,
} from '@/storage/repositories/sessions';
import { makeSession } from './support/session-rows';

const TZ = 'Asia/Shanghai';
const MIN = 60_000;
// Wednesday 2026-04-15 20:00 in Shanghai.
const NOW = Date.UTC(2026, 3, 15, 12, 0);
const T0 = Date.UTC(2026, 3, 14, 2, 0); // Tuesday 10:00
const UNIT = { goalUnit: 'minutes' as const, classHourMinutes: 45 };
const NAMES = { enaea: '学习公社', icourse163: '中国大学MOOC', manual: 'Offline study' };
const A = { courseKey: 'enaea:course:1', courseTitle: '新时代辅导员', platformId: 'enaea' };
const B = { courseKey: 'icourse163:course:2', courseTitle: '大学生心理健康', platformId: 'icourse163' };
const ROWS = [
  makeSession({ ...A, id: 'a1', start: T0, end: T0 + 50 * MIN, kind: 'input' }),
  makeSession({ ...B, id: 'b1', start: T0 + 60 * MIN, end: T0 + 80 * MIN, lessonTitle: '第二讲' }),
];

const coursesActions: CoursesActions = {
  load: async () => ({ sessions: await allSessions(), names: await allCourseNames() }),
  rename: (key, title) => renameCourse(key, title, NOW),
  clearName: clearCourseName,
};
let ids = 0;
const sessionsActions: SessionsActions = {
  load: async (from, to) => ({ sessions: await sessionsBetween(from, to), names: await allCourseNames() }),
  courseChoices: async () =>
    courseSummaries(await allSessions(), await allCourseNames()).map(({ courseKey, title, platformId }) => ({
      courseKey,
      title,
      platformId,
    })),
  remove: deleteSession,
  restore: restoreSession,
  addManual: addManualSession,
  updateManual: updateManualSession,
  newId: () => `manual-test-${++ids}`,
  now: () => NOW,
};

let root: HTMLDivElement;
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) {
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  }
  expect(check()).toBe(true);
}
const text = () => root.textContent ?? '';
const button = (label: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => b.firstChild?.textContent?.trim() === label,
  ) as HTMLButtonElement;
const input = (selector: string) => root.querySelector(selector) as HTMLInputElement;
function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  element.value = value;
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}
const titles = () => [...root.querySelectorAll('[data-testid="course-title"]')].map((el) => el.textContent);

beforeEach(async () => {
  await getDb().sessions.clear();
  await getDb().courseNames.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const mountCourses = (locale: Locale = 'en') =>
  act(() =>
    render(
      <CoursesView
        locale={locale}
        timeZone={TZ}
        unit={UNIT}
        platformNames={NAMES}
        actions={coursesActions}
      />,
      root,
    ),
  );
const mountSessions = (locale: Locale = 'en') =>
  act(() =>
    render(
      <SessionsView
        locale={locale}
        timeZone={TZ}
        unit={UNIT}
        platformNames={NAMES}
        actions={sessionsActions}
      />,
      root,
    ),
  );

describe('CoursesView', () => {
  it('with no data says what to do next and links to Sessions', async () => {
    await mountCourses();
    await until(() => root.querySelector('[data-testid="courses-empty"]') !== null);
    expect(text()).toContain('Open a lesson on an enabled platform');
    expect(root.querySelector('a[href="#/sessions"]')).not.toBeNull();
  });

  it('lists courses with their time, sorts by a column both ways and searches', async () => {
    await getDb().sessions.bulkPut(ROWS);
    await mountCourses();
    await until(() => titles().length === 2);
    expect(titles()).toEqual([A.courseTitle, B.courseTitle]);
    expect(root.querySelector('[data-testid="course-time"]')?.textContent).toBe('50 min');
    await act(() => button('Study time').click());
    expect(titles()).toEqual([B.courseTitle, A.courseTitle]);
    expect(button('Study time').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await act(() => type(input('#course-search'), '心理'));
    expect(titles()).toEqual([B.courseTitle]);
    await act(() => type(input('#course-search'), 'zzz'));
    expect(text()).toContain('No course title contains “zzz”.');
  });

  it('renames a course (the key stays), refuses an empty name in zh_CN, and resets to the platform title', async () => {
    await getDb().sessions.bulkPut(ROWS);
    await mountCourses('zh_CN');
    await until(() => titles().length === 2);
    await act(() =>
      (root.querySelector(`button[data-course="${A.courseKey}"]`) as HTMLButtonElement).click(),
    );
    const field = root.querySelector('.rename-form input') as HTMLInputElement;
    await act(() => type(field, '   '));
    await act(() => button('保存名称').click());
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('名称不能为空');
    expect(await allCourseNames()).toEqual([]);
    await act(() => type(field, '学习公社必修'));
    await act(() => button('保存名称').click());
    await until(() => titles().includes('学习公社必修'));
    expect(await allCourseNames()).toEqual([
      { courseKey: A.courseKey, title: '学习公社必修', updatedAt: NOW },
    ]);
    expect(text()).toContain(`平台标题：${A.courseTitle}`);
    await act(() =>
      (root.querySelector(`button[data-course="${A.courseKey}"]`) as HTMLButtonElement).click(),
    );
    await act(() => button('恢复平台标题').click());
    await until(() => titles().includes(A.courseTitle));
  });
});

describe('SessionsView', () => {
  it('with no sessions this week says what to do next', async () => {
    await mountSessions();
    await until(() => root.querySelector('[data-testid="sessions-empty"]') !== null);
    expect(text()).toContain('add offline study');
  });

  it('lists the week by day with platform, kind, start and end; deletes and undoes', async () => {
    await getDb().sessions.bulkPut(ROWS);
    await mountSessions();
    await until(() => root.querySelectorAll('[data-testid="session"]').length === 2);
    const first = root.querySelector('[data-testid="session"]') as HTMLElement;
    expect(first.textContent).toContain('11:00–11:20');
    expect(first.textContent).toContain('中国大学MOOC');
    expect(first.textContent).toContain('Video or audio');
    expect(root.querySelector('[data-testid="sessions-week-total"]')?.textContent).toContain('70 min');
    await act(() => (first.querySelector('button.delete') as HTMLButtonElement).click());
    await until(() => root.querySelectorAll('[data-testid="session"]').length === 1);
    expect(await getDb().sessions.get('b1')).toBeUndefined();
    await act(() => button('Undo').click());
    await until(() => root.querySelectorAll('[data-testid="session"]').length === 2);
    expect(await getDb().sessions.get('b1')).toEqual(ROWS[1]);
  });

  it.each<[Locale, string, string, string]>([
    ['en', 'Add', '0', 'The length must be a whole number from 1 to 1440 minutes.'],
    ['zh_CN', '添加', '0', '时长须为 1 至 1440 分钟之间的整数。'],
    ['en', 'Add', '1441', 'The length must be a whole number from 1 to 1440 minutes.'],
  ])(
    'refuses a bad manual entry in %s with a clear message and writes nothing',
    async (locale, add, minutes, message) => {
      await mountSessions(locale);
      await until(() => root.querySelector('[data-testid="manual-new-form"]') !== null);
      await act(() => type(input('#manual-new-startTime'), '09:00'));
      await act(() => type(input('#manual-new-minutes'), minutes));
      await act(() => button(add).click());
      expect(root.querySelector('[data-testid="manual-error"]')?.textContent).toBe(message);
      expect(input('#manual-new-minutes').getAttribute('aria-invalid')).toBe('true');
      expect(await getDb().sessions.count()).toBe(0);
    },
  );

  it('refuses a date after today in zh_CN', async () => {
    await mountSessions('zh_CN');
    await until(() => root.querySelector('[data-testid="manual-new-form"]') !== null);
    await act(() => type(input('#manual-new-date'), '2026-04-16'));
    await act(() => type(input('#manual-new-startTime'), '09:00'));
    await act(() => type(input('#manual-new-minutes'), '30'));
    await act(() => button('添加').click());
    expect(root.querySelector('[data-testid="manual-error"]')?.textContent).toBe(
      '日期不能晚于今天。请只补录已经完成的学习。',
    );
    expect(await getDb().sessions.count()).toBe(0);
  });

  it('adds offline study to a new course, marks it as entered by hand, and edits it', async () => {
    await mountSessions();
    await until(() => root.querySelector('[data-testid="manual-new-form"]') !== null);
    await act(() => type(input('#manual-new-date'), '2026-04-13'));
    await act(() => type(input('#manual-new-startTime'), '14:00'));
    await act(() => type(input('#manual-new-minutes'), '90'));
    await act(() => type(input('#manual-new-newCourseTitle'), '集中学习'));
    await act(() => type(input('#manual-new-note'), '心理危机干预讲座'));
    await act(() => button('Add').click());
    await until(() => root.querySelectorAll('[data-testid="session"]').length === 1);
    const row = (await getDb().sessions.toArray())[0];
    expect(row).toMatchObject({
      kind: 'manual',
      tabId: -1,
      courseKey: 'manual:集中学习',
      note: '心理危机干预讲座',
    });
    expect(row && row.end - row.start).toBe(90 * MIN);
    const item = root.querySelector('[data-testid="session"]') as HTMLElement;
    expect(item.querySelector('[data-testid="session-kind"]')?.textContent).toBe('Entered by hand');
    expect(item.textContent).toContain('Note: 心理危机干预讲座');
    await act(() => (item.querySelector('button.edit') as HTMLButtonElement).click());
    await act(() => type(input('#manual-edit-minutes'), '60'));
    await act(() => button('Save changes').click());
    await until(
      () =>
        root.querySelector('[data-testid="sessions-week-total"]')?.textContent?.includes('60 min') ?? false,
    );
    const edited = await getDb().sessions.get(row?.id ?? '');
    expect(edited && edited.end - edited.start).toBe(60 * MIN);
  });
});
