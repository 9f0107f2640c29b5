import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, markNotToday, markShown, markSnoozed } from '@/storage/reflections/prompt-memory';
import {
  type BreakKind,
  decidePrompt,
  PAUSE_BREAK_MS,
  type TriggerInput,
} from '@/storage/reflections/trigger';

const NOW = Date.UTC(2026, 3, 15, 2, 0, 0);
const MIN = 60_000;
const COURSE = 'demo:course:1';
const SETTINGS = { enabled: true, afterMinutes: 25, maxPerDay: 3, snoozeMinutes: 10 };

/** A learner at a lesson change after 30 minutes of study, nothing remembered: the card would show. */
function input(overrides: Partial<TriggerInput> = {}, breakKind: BreakKind = 'lesson-change'): TriggerInput {
  return {
    settings: SETTINGS,
    courseKey: COURSE,
    studyMs: 30 * MIN,
    page: { mediaPlaying: false, awayDialog: false, breakKind, breakSince: NOW },
    memory: EMPTY_MEMORY,
    now: NOW,
    today: '2026-04-15',
    ...overrides,
  };
}

describe('decidePrompt', () => {
  it('shows the card at a lesson change or on leaving the course after afterMinutes of study', () => {
    expect(decidePrompt(input())).toEqual({ show: true });
    expect(decidePrompt(input({}, 'left-course'))).toEqual({ show: true });
  });

  it('waits for a pause to last 20 s: not at 19.999 s, yes at 20 s', () => {
    const paused = (sinceMs: number) =>
      input({
        page: { mediaPlaying: false, awayDialog: false, breakKind: 'paused', breakSince: NOW - sinceMs },
      });
    expect(decidePrompt(paused(PAUSE_BREAK_MS - 1))).toEqual({ show: false, reason: 'no-break' });
    expect(decidePrompt(paused(PAUSE_BREAK_MS))).toEqual({ show: true });
  });

  it('never shows while media plays, whatever else holds', () => {
    const page = {
      mediaPlaying: true,
      awayDialog: false,
      breakKind: 'paused' as const,
      breakSince: NOW - 5 * MIN,
    };
    expect(decidePrompt(input({ page, studyMs: 300 * MIN }))).toEqual({
      show: false,
      reason: 'media-playing',
    });
  });

  it("never shows over the platform's own away dialog", () => {
    const page = {
      mediaPlaying: false,
      awayDialog: true,
      breakKind: 'lesson-change' as const,
      breakSince: NOW,
    };
    expect(decidePrompt(input({ page }))).toEqual({ show: false, reason: 'away-dialog' });
  });

  it('needs a break: study alone is not enough', () => {
    expect(decidePrompt(input({ page: { mediaPlaying: false, awayDialog: false } }))).toEqual({
      show: false,
      reason: 'no-break',
    });
  });

  it('needs afterMinutes of study since the last reflection (boundary exact)', () => {
    expect(decidePrompt(input({ studyMs: 25 * MIN - 1 }))).toEqual({
      show: false,
      reason: 'too-little-study',
    });
    expect(decidePrompt(input({ studyMs: 25 * MIN }))).toEqual({ show: true });
  });

  it('is off when the setting is off', () => {
    expect(decidePrompt(input({ settings: { ...SETTINGS, enabled: false } }))).toEqual({
      show: false,
      reason: 'off',
    });
  });

  it('shows at most maxPerDay cards a day, and counts again on a new day', () => {
    let memory = EMPTY_MEMORY;
    for (let i = 0; i < 3; i++) memory = markShown(memory, `course-${i}`, '2026-04-15');
    expect(decidePrompt(input({ memory }))).toEqual({ show: false, reason: 'daily-limit' });
    expect(decidePrompt(input({ memory, today: '2026-04-16', now: NOW + 86_400_000 }))).toEqual({
      show: true,
    });
  });

  it('"later" holds the card for snoozeMinutes on that course only', () => {
    const memory = markSnoozed(EMPTY_MEMORY, COURSE, NOW + 10 * MIN);
    expect(decidePrompt(input({ memory }))).toEqual({ show: false, reason: 'snoozed' });
    expect(decidePrompt(input({ memory, now: NOW + 10 * MIN }))).toEqual({ show: true });
    expect(decidePrompt(input({ memory, courseKey: 'other' }))).toEqual({ show: true });
  });

  it('"not today for this course" holds until the next local day, for that course only', () => {
    const memory = markNotToday(EMPTY_MEMORY, COURSE, '2026-04-15');
    expect(decidePrompt(input({ memory }))).toEqual({ show: false, reason: 'not-today' });
    expect(decidePrompt(input({ memory, courseKey: 'other' }))).toEqual({ show: true });
    expect(decidePrompt(input({ memory, today: '2026-04-16' }))).toEqual({ show: true });
  });
});
