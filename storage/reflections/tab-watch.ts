import type { Heartbeat } from '../schemas/messages';
import type { BreakKind } from './trigger';

/** What the background remembers of one tab between heartbeats, to see breaks in its study. */
export interface TabWatch {
  courseKey: string;
  courseTitle: string;
  lessonTitle: string;
  lessonKey: string;
  /** A lecture was playing at the last heartbeat. */
  media: boolean;
  /** ms since epoch of the last heartbeat (the page's clock) */
  lastTs?: number;
  /** The break this tab is at, if any: since when (ms since epoch), and for which course. */
  breakKind?: BreakKind;
  breakSince?: number;
  breakCourseKey?: string;
  breakCourseTitle?: string;
  breakLessonTitle?: string;
}

const playing = (heartbeat: Heartbeat) => heartbeat.engaged && heartbeat.kind !== 'input';

/**
 * The tab's watch after a heartbeat. A media segment that ends (a disengaging heartbeat or a kind change)
 * starts a pause; playing again ends it. Another lesson of the course is a lesson change; another course
 * means the learner left the previous one. A break stays until the card is shown or media plays again.
 */
export function watchHeartbeat(previous: TabWatch | undefined, heartbeat: Heartbeat): TabWatch {
  const media = playing(heartbeat);
  const base = {
    courseKey: heartbeat.courseKey,
    courseTitle: heartbeat.courseTitle,
    lessonKey: heartbeat.lessonKey,
    lessonTitle: heartbeat.lessonTitle,
    media,
    lastTs: heartbeat.ts,
  };
  if (media) return base;
  if (!previous) return base;
  const at = (breakKind: BreakKind): TabWatch => ({
    ...base,
    breakKind,
    breakSince: heartbeat.ts,
    breakCourseKey: previous.courseKey,
    breakCourseTitle: previous.courseTitle,
    breakLessonTitle: previous.lessonTitle,
  });
  if (previous.courseKey !== heartbeat.courseKey) return at('left-course');
  if (previous.lessonKey !== heartbeat.lessonKey) return at('lesson-change');
  if (previous.media) return at('paused');
  // Still at the break that started earlier (or at none): keep it as it was.
  return { ...previous, ...base };
}

/** The tab after its card was put on screen: the break is used up. */
export function breakTaken(watch: TabWatch): TabWatch {
  const {
    breakKind: _k,
    breakSince: _s,
    breakCourseKey: _c,
    breakCourseTitle: _t,
    breakLessonTitle: _l,
    ...rest
  } = watch;
  return rest;
}

/**
 * The tab as of `now`: a playing lecture heartbeats every `heartbeatSeconds`, so a tab silent for longer
 * (plus the tracker's 10 s of slack) stopped playing at its last heartbeat, even if the page's last word
 * (a pause, a closed page) never arrived.
 */
export function asOf(watch: TabWatch, now: number, heartbeatSeconds: number): TabWatch {
  if (!watch.media || watch.lastTs === undefined) return watch;
  if (now - watch.lastTs <= (heartbeatSeconds + 10) * 1000) return watch;
  return {
    ...watch,
    media: false,
    breakKind: 'paused',
    breakSince: watch.lastTs,
    breakCourseKey: watch.courseKey,
    breakCourseTitle: watch.courseTitle,
    breakLessonTitle: watch.lessonTitle,
  };
}
