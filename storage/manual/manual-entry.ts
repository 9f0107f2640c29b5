import { TZDate } from '@date-fns/tz';
import { COURSE_NAME_MAX } from '../schemas/course-name';
import { MAX_SESSION_MS, SESSION_NOTE_MAX, type SessionRow, sessionRowSchema } from '../schemas/rows';
import { z } from '../schemas/zod';
import { localDate } from '../tracking/local-day';

/** Why a manual entry is refused: each has a message in the locale files (`manual_error_<code>`). */
export type ManualEntryError =
  | 'date'
  | 'future'
  | 'start'
  | 'length'
  | 'course'
  | 'courseTitle'
  | 'note'
  | 'endBeforeStart';

/** The longest manual entry, in minutes: a day, the longest stored session. */
export const MANUAL_MAX_MINUTES = MAX_SESSION_MS / 60_000;

/** The manual entry form as typed: local date and time in the settings' zone, length in minutes. */
export const manualEntryInputSchema = z.object({
  /** Local `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
  /** Local `HH:MM`. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'start' }),
  minutes: z
    .number({ message: 'length' })
    .int({ message: 'length' })
    .min(1, { message: 'length' })
    .max(MANUAL_MAX_MINUTES, { message: 'length' }),
  /** An existing course's key, or '' for a new course named `newCourseTitle`. */
  courseKey: z.string().max(2048),
  newCourseTitle: z.string().max(COURSE_NAME_MAX, { message: 'courseTitle' }),
  note: z.string().max(SESSION_NOTE_MAX, { message: 'note' }),
});
export type ManualEntryInput = z.infer<typeof manualEntryInputSchema>;

/** A course a manual entry can be added to. */
export interface CourseChoice {
  courseKey: string;
  title: string;
  platformId: string;
}

export type ManualEntryResult =
  | { ok: true; row: SessionRow }
  | { ok: false; error: ManualEntryError; field: keyof ManualEntryInput };

const FIELD_OF: Record<ManualEntryError, keyof ManualEntryInput> = {
  date: 'date',
  future: 'date',
  start: 'startTime',
  length: 'minutes',
  course: 'courseKey',
  courseTitle: 'newCourseTitle',
  note: 'note',
  endBeforeStart: 'minutes',
};
const refuse = (error: ManualEntryError): ManualEntryResult => ({ ok: false, error, field: FIELD_OF[error] });

/** The key of a course first entered by hand: its title, under the `manual` platform. */
export const manualCourseKey = (title: string) => `manual:${title}`;

/**
 * Turns the form into a session row of kind `manual` (tab -1), or says which rule it breaks. A date after
 * today (in `timeZone`, at `now`) is refused; `id` is the new row's id, or the edited row's.
 */
export function manualEntryToRow(
  input: ManualEntryInput,
  {
    id,
    now,
    timeZone,
    courses,
  }: { id: string; now: number; timeZone: string; courses: readonly CourseChoice[] },
): ManualEntryResult {
  const parsed = manualEntryInputSchema.safeParse(input);
  if (!parsed.success) return refuse((parsed.error.issues[0]?.message ?? 'date') as ManualEntryError);
  const { date, startTime, minutes, courseKey, note } = parsed.data;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = startTime.split(':').map(Number) as [number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  )
    return refuse('date');
  const start = new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
  if (date > localDate(now, timeZone)) return refuse('future');
  const end = start + minutes * 60_000;
  if (end < start) return refuse('endBeforeStart');

  const newTitle = parsed.data.newCourseTitle.trim();
  const existing = courseKey === '' ? undefined : courses.find((c) => c.courseKey === courseKey);
  if (courseKey !== '' && !existing) return refuse('course');
  if (!existing && newTitle === '') return refuse('course');
  const course = existing ?? { courseKey: manualCourseKey(newTitle), title: newTitle, platformId: 'manual' };

  const trimmedNote = note.trim();
  const row = sessionRowSchema.safeParse({
    id,
    start,
    end,
    platformId: course.platformId,
    courseKey: course.courseKey,
    courseTitle: course.title,
    lessonKey: '',
    lessonTitle: '',
    kind: 'manual',
    tabId: -1,
    ...(trimmedNote === '' ? {} : { note: trimmedNote }),
  });
  if (!row.success) return refuse(row.error.issues[0]?.path[0] === 'end' ? 'length' : 'date');
  return { ok: true, row: row.data };
}

/** The form's values for a stored manual row, to edit it. */
export function rowToManualEntry(row: SessionRow, timeZone: string): ManualEntryInput {
  const start = new TZDate(row.start, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: localDate(row.start, timeZone),
    startTime: `${pad(start.getHours())}:${pad(start.getMinutes())}`,
    minutes: Math.round((row.end - row.start) / 60_000),
    courseKey: row.courseKey,
    newCourseTitle: '',
    note: row.note ?? '',
  };
}
