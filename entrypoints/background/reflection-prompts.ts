import { browser } from '#imports';
import { markLeft, markNotToday, markShown, markSnoozed } from '@/storage/reflections/prompt-memory';
import { studySince } from '@/storage/reflections/study-since';
import { asOf, breakTaken, type TabWatch, watchHeartbeat } from '@/storage/reflections/tab-watch';
import { type BreakKind, decidePrompt, PAUSE_BREAK_MS } from '@/storage/reflections/trigger';
import { courseSessionsSince, lastReflectionOfCourse } from '@/storage/repositories/reflections';
import type { Heartbeat } from '@/storage/schemas/messages';
import type { Settings } from '@/storage/schemas/settings';
import { localDate, resolveTimeZone } from '@/storage/tracking/local-day';
import {
  loadMemory,
  loadTabs,
  type ShowingCard,
  saveTabs,
  serially,
  updateMemory,
} from './reflection-memory';

/** The card's script, built from entrypoints/reflection-card.content/ and injected only when a card is due. */
const CARD_SCRIPT = '/content-scripts/reflection-card.js';
const BREAK_ALARM = 'reflection-break';
/** A card that never answered (its page went away) stops blocking its tab after this long. */
const SHOWING_EXPIRES_MS = 30 * 60_000;

export interface PromptOptions {
  settings: () => Settings;
  now?: () => number;
  /** Puts the card script into a tab's top frame (a parameter so tests can watch it). */
  inject?: (tabId: number) => Promise<void>;
}

interface Candidate {
  courseKey: string;
  courseTitle: string;
  lessonTitle: string;
  breakKind: BreakKind;
  breakSince: number;
}

/** Decides, from heartbeats, breaks and the learner's answers, when a tab gets the reflection card. */
export function createPrompts(options: PromptOptions) {
  const now = options.now ?? Date.now;
  const inject =
    options.inject ??
    (async (tabId: number) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT] });
    });

  async function studyMs(courseKey: string, at: number): Promise<number> {
    const since = (await lastReflectionOfCourse(courseKey))?.createdAt ?? 0;
    return studySince(await courseSessionsSince(courseKey, since), courseKey, since, at).ms;
  }

  function candidates(watch: TabWatch, leftCourses: readonly string[], at: number): Candidate[] {
    const list: Candidate[] = [];
    if (watch.breakKind && watch.breakSince !== undefined && watch.breakCourseKey) {
      list.push({
        courseKey: watch.breakCourseKey,
        courseTitle: watch.breakCourseTitle ?? '',
        lessonTitle: watch.breakLessonTitle ?? '',
        breakKind: watch.breakKind,
        breakSince: watch.breakSince,
      });
    }
    for (const courseKey of leftCourses) {
      const own = courseKey === watch.courseKey;
      list.push({
        courseKey,
        courseTitle: own ? watch.courseTitle : '',
        lessonTitle: own ? watch.lessonTitle : '',
        breakKind: 'left-course',
        breakSince: at,
      });
    }
    return list;
  }

  /** Shows a card in the tab if one is due there now; arms a check for a pause that is not yet 20 s old. */
  async function evaluate(tabId: number): Promise<void> {
    const at = now();
    const settings = options.settings();
    const state = await loadTabs();
    const stored = state.tabs[tabId];
    const shown = state.showing[tabId];
    if (!stored || (shown && at - shown.at < SHOWING_EXPIRES_MS)) return;
    const watch = asOf(stored, at, settings.heartbeatSeconds);
    const memory = await loadMemory();
    const today = localDate(at, resolveTimeZone(settings.timeZone));
    for (const candidate of candidates(watch, memory.leftCourses, at)) {
      const page = { mediaPlaying: watch.media, awayDialog: false, ...candidate };
      const input = {
        settings: settings.reflection,
        courseKey: candidate.courseKey,
        page,
        memory,
        now: at,
        today,
      };
      const decision = decidePrompt({ ...input, studyMs: await studyMs(candidate.courseKey, at) });
      if (!decision.show) {
        if (decision.reason === 'no-break') armBreakCheck(tabId, candidate.breakSince + PAUSE_BREAK_MS);
        continue;
      }
      const card: ShowingCard = { ...candidate, at };
      await saveTabs({ tabs: state.tabs, showing: { ...state.showing, [tabId]: card } });
      await inject(tabId).catch(async (error: unknown) => {
        console.warn('StudyTrail: reflection card not injected', error);
        const { [tabId]: _, ...showing } = state.showing;
        await saveTabs({ tabs: state.tabs, showing });
      });
      return;
    }
  }

  /** A timer while the worker lives, and an alarm in case it stops first. */
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  function armBreakCheck(tabId: number, when: number): void {
    clearTimeout(timers.get(tabId));
    timers.set(
      tabId,
      setTimeout(() => void serially(() => evaluate(tabId)), Math.max(0, when - now()) + 100),
    );
    void browser.alarms.create(BREAK_ALARM, { when: Math.max(when, now() + 1000) });
  }

  return {
    /** A valid heartbeat from a tab's top frame. */
    heartbeat: (tabId: number, heartbeat: Heartbeat) =>
      serially(async () => {
        const state = await loadTabs();
        const previous = state.tabs[tabId];
        const watch = watchHeartbeat(previous, heartbeat);
        const showing = { ...state.showing };
        // The card went with the page it was in.
        if (previous && previous.lessonKey !== watch.lessonKey) delete showing[tabId];
        await saveTabs({ tabs: { ...state.tabs, [tabId]: watch }, showing });
        // Should the page's word that the lecture stopped never come, the silence itself is the break.
        if (watch.media)
          armBreakCheck(tabId, heartbeat.ts + (options.settings().heartbeatSeconds + 10) * 1000);
        await evaluate(tabId);
      }),
    /** A closed tab: its course was left at a break, offered on the next platform page. */
    tabClosed: (tabId: number) =>
      serially(async () => {
        const state = await loadTabs();
        const watch = state.tabs[tabId];
        if (!watch) return;
        const { [tabId]: _w, ...tabs } = state.tabs;
        const { [tabId]: _s, ...showing } = state.showing;
        await saveTabs({ tabs, showing });
        await updateMemory((memory) => markLeft(memory, watch.courseKey));
      }),
    /** A page (re)loads in the tab: a card that was there went with the old page. */
    pageLoading: (tabId: number) =>
      serially(async () => {
        const state = await loadTabs();
        if (!state.showing[tabId]) return;
        const { [tabId]: _, ...showing } = state.showing;
        await saveTabs({ tabs: state.tabs, showing });
      }),
    /** The break alarm or the minute sweep: a check of every watched tab. */
    sweep: () =>
      serially(async () => {
        for (const tabId of Object.keys((await loadTabs()).tabs)) await evaluate(Number(tabId));
      }),
    /** What the card in a tab is about, if a card was sent there. */
    showingIn: async (tabId: number) => (await loadTabs()).showing[tabId],
    /** The card's answer. */
    answer: (tabId: number | undefined, courseKey: string, outcome: string) =>
      serially(async () => {
        const at = now();
        const settings = options.settings();
        const today = localDate(at, resolveTimeZone(settings.timeZone));
        const state = await loadTabs();
        if (outcome === 'shown') {
          await updateMemory((memory) => markShown(memory, courseKey, today));
          const watch = tabId === undefined ? undefined : state.tabs[tabId];
          if (watch && tabId !== undefined)
            await saveTabs({
              ...state,
              tabs: { ...state.tabs, [tabId]: breakTaken(asOf(watch, at, settings.heartbeatSeconds)) },
            });
          return;
        }
        if (outcome === 'later' || outcome === 'closed') {
          await updateMemory((memory) =>
            markSnoozed(memory, courseKey, at + settings.reflection.snoozeMinutes * 60_000),
          );
        }
        if (outcome === 'not-today') await updateMemory((memory) => markNotToday(memory, courseKey, today));
        if (tabId !== undefined) {
          const { [tabId]: _, ...showing } = state.showing;
          await saveTabs({ tabs: state.tabs, showing });
        }
      }),
    BREAK_ALARM,
  };
}
export type Prompts = ReturnType<typeof createPrompts>;
