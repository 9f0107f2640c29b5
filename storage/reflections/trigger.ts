import type { Settings } from '../schemas/settings';
import type { PromptMemory } from './prompt-memory';

/** A lecture paused (or ended) this long is a natural break (Iqbal & Bailey: wait for a boundary). */
export const PAUSE_BREAK_MS = 20_000;

/** Why the learner is at a boundary: the lecture stopped, the lesson changed, or they left the course. */
export type BreakKind = 'paused' | 'lesson-change' | 'left-course';

/** What the background knows of the page where a card would appear. */
export interface PageState {
  /** A lecture is playing in that tab (any frame). */
  mediaPlaying: boolean;
  /** The platform's own "are you still there" dialog is on screen. */
  awayDialog: boolean;
  /** The break the learner is at, if any, and since when (ms since epoch). */
  breakKind?: BreakKind;
  breakSince?: number;
}

export interface TriggerInput {
  settings: Settings['reflection'];
  courseKey: string;
  /** ms of study (union of that course's sessions) since the course's last reflection */
  studyMs: number;
  page: PageState;
  memory: PromptMemory;
  /** ms since epoch */
  now: number;
  /** The local calendar day of `now` (`YYYY-MM-DD`): the daily limit and "not today" reset with it. */
  today: string;
}

export type HoldReason =
  | 'off'
  | 'media-playing'
  | 'away-dialog'
  | 'no-break'
  | 'too-little-study'
  | 'daily-limit'
  | 'not-today'
  | 'snoozed';

export type TriggerDecision = { show: true } | { show: false; reason: HoldReason };

/**
 * Whether to offer the reflection card now: only at a natural break, never while a lecture plays or over
 * the platform's own dialog, after `afterMinutes` of study on the course since its last reflection, within
 * the daily limit, and not while "later" or "not today" holds. Pure: time is a parameter.
 */
export function decidePrompt(input: TriggerInput): TriggerDecision {
  const { settings, page, memory, now, courseKey } = input;
  const hold = (reason: HoldReason): TriggerDecision => ({ show: false, reason });
  if (!settings.enabled) return hold('off');
  if (page.mediaPlaying) return hold('media-playing');
  if (page.awayDialog) return hold('away-dialog');
  if (!isAtBreak(page, now)) return hold('no-break');
  if (input.studyMs < settings.afterMinutes * 60_000) return hold('too-little-study');
  const sameDay = memory.day === input.today;
  if (sameDay && memory.notToday.includes(courseKey)) return hold('not-today');
  if (sameDay && memory.shownToday >= settings.maxPerDay) return hold('daily-limit');
  if ((memory.snoozedUntil[courseKey] ?? 0) > now) return hold('snoozed');
  return { show: true };
}

/** A lesson change or leaving the course is a break at once; a pause only once it has lasted 20 s. */
export function isAtBreak(page: PageState, now: number): boolean {
  if (page.breakKind === undefined || page.breakSince === undefined) return false;
  if (page.breakKind !== 'paused') return true;
  return now - page.breakSince >= PAUSE_BREAK_MS;
}
