import type { StudyTarget } from '@/storage/platforms/read-titles';

/** 10:00 in Beijing on a Wednesday. */
export const MORNING = Date.UTC(2026, 3, 15, 2, 0, 0);
/** 23:40 in Beijing, twenty minutes before midnight. */
export const LATE_EVENING = Date.UTC(2026, 3, 15, 15, 40, 0);

const ENAEA_COURSE = '新时代高校辅导员职业能力提升';
const ENAEA_PLAYER = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123';

/** A video lesson in the enaea single-page player; the lesson id lives in the fragment. */
export const LESSON_1: StudyTarget = {
  courseKey: `enaea:${ENAEA_COURSE}`,
  courseTitle: ENAEA_COURSE,
  lessonKey: `${ENAEA_PLAYER}#lesson-1`,
  lessonTitle: '第一讲 导论',
};

export const LESSON_2: StudyTarget = {
  ...LESSON_1,
  lessonKey: `${ENAEA_PLAYER}#lesson-2`,
  lessonTitle: '第二讲 学生心理危机识别',
};

/** A text course page read with the mouse and keyboard. */
export const READING: StudyTarget = {
  courseKey: 'smartedu:高校思想政治工作案例研讨',
  courseTitle: '高校思想政治工作案例研讨',
  lessonKey: 'https://core.teacher.vocational.smartedu.cn/p/course/vocational/4021',
  lessonTitle: '案例一 新生适应',
};

/** Another platform's lecture, for a second window. */
export const OTHER_LECTURE: StudyTarget = {
  courseKey: 'icourse163:大学生职业生涯规划',
  courseTitle: '大学生职业生涯规划',
  lessonKey: 'https://www.icourse163.org/learn/XXX-1001#/learn/content?type=detail&id=1214',
  lessonTitle: '第三周 生涯访谈',
};

/**
 * What the platform's page shows of a target, for the page's own title and id reading: enaea keeps the
 * current lesson in its lesson list (`li.cvtb-MCK-course-content.current[data-id]`), not in the URL.
 */
export function platformMarkup(target: StudyTarget | null): string {
  if (!target?.lessonKey.startsWith(ENAEA_PLAYER)) return '';
  const lessonId = new URL(target.lessonKey).hash.slice(1);
  return [
    `<ul><li class="cvtb-top-list-item"><span>${target.courseTitle}</span></li></ul>`,
    `<ul><li class="cvtb-MCK-course-content current" data-id="${lessonId}">`,
    `<span class="cvtb-MCK-CsCt-title">${target.lessonTitle}</span></li></ul>`,
  ].join('');
}
