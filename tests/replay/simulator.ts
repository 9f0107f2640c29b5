import type { SessionRow } from '@/storage/schemas/rows';
import type { LoopSettings } from '@/storage/tracking/heartbeat-loop';
import type { Interval } from '@/storage/tracking/intervals';
import type { TrackerEvent } from '@/storage/tracking/tracker-state';
import { atOrigin } from './interval-math';
import { applyPageAction, isPageAction, noteKey } from './page-actions';
import { type Action, DEFAULT_LOOP_SETTINGS, MINUTE, type Scenario, SECOND } from './scenario';
import { type CostRecord, createSimulatedBackground } from './simulated-background';
import {
  closeSimPage,
  createSimTab,
  openSimPage,
  type PageHost,
  pageUrl,
  type SimTab,
} from './simulated-page';
import { createTimerQueue } from './timer-queue';
import type { InputRecord, TraceEntry } from './trace';

/** The sweep alarm's period, as `entrypoints/background/alarms.ts` creates it. */
const ALARM_PERIOD_MS = MINUTE;
/** The worker started half a minute before the script, so its sweep runs at :30 of each script minute. */
const ALARM_PHASE_MS = 30 * SECOND;

export interface ReplayResult {
  scenario: Scenario;
  settings: LoopSettings;
  /** True time of the start and the end of the replay, ms since epoch. */
  start: number;
  end: number;
  /** The scenario's hand-derived truth on the machine's clock, ms since epoch. */
  truth: Interval[];
  truthByLesson: Record<string, Interval[]>;
  /** The `sessions` table at the end. */
  sessions: SessionRow[];
  trace: TraceEntry[];
  inputs: InputRecord[];
  /** Heartbeats delivered to the background, and rows written. */
  messages: CostRecord[];
  writes: CostRecord[];
  /** Why heartbeats were ignored, in order. */
  ignored: string[];
  /** True times at which the browser (and its alarms) started. */
  launches: number[];
}

interface Agenda {
  at: number;
  action: Action | { type: 'wake' };
}

/**
 * Replays a scenario on a virtual machine with a stopwatch and a clock that can disagree with it: one real
 * `createHeartbeatLoop` per platform tab (its one timer on the simulated timer queue), every heartbeat
 * validated and applied with the real `reduceTracker`, every write upserted into a sessions table.
 */
export function runScenario(scenario: Scenario): ReplayResult {
  const settings: LoopSettings = { ...DEFAULT_LOOP_SETTINGS, ...scenario.settings };
  // Every preset enabled, no user rules: what a page reads from fresh settings.
  const pageSettings = { ...settings, enabledPlatforms: {}, customRules: [] };
  /** Scenario lesson keys → the keys the real pages read for them. */
  const keys = new Map<string, string>();
  const start = scenario.start;
  const end = start + scenario.duration;
  let now = start;
  let clockOffset = 0;
  let asleepUntil = Number.NEGATIVE_INFINITY;
  let locked = false;
  let browserOpen = true;
  const timers = createTimerQueue();
  const background = createSimulatedBackground(settings.heartbeatSeconds);
  const tabs = new Map<number, SimTab>();
  /** Window id → its tabs in opening order and the active one. */
  const windows = new Map<number, { tabIds: number[]; active: number | null }>();
  let focusedWindow: number | null = null;
  const trace: TraceEntry[] = [];
  const inputLog: InputRecord[] = [];
  const launches = [start];

  const clock = () => now + clockOffset;
  const dispatch = (event: TrackerEvent) => background.dispatch(event, clock(), now);

  function armSweep(at: number) {
    timers.set('alarm', at, at, () => {
      dispatch({ type: 'sweep' });
      armSweep(now + ALARM_PERIOD_MS);
    });
  }

  const host: PageHost = {
    now: () => now,
    clock,
    setTimer: timers.set,
    clearTimer: timers.clear,
    sendHeartbeat: (tabId, heartbeat) => dispatch({ type: 'heartbeat', tabId, heartbeat }),
  };

  /** Recomputes visibility and focus; pages that changed hear of it, losers first, as in a browser. */
  function refreshWindows() {
    const changed: SimTab[] = [];
    for (const tab of tabs.values()) {
      const visible = windows.get(tab.windowId)?.active === tab.id;
      const focused = visible && focusedWindow === tab.windowId;
      if (visible === tab.visible && focused === tab.focused) continue;
      if (tab.visible && !visible) tab.hiddenSince = now;
      if (visible) tab.hiddenSince = null;
      tab.visible = visible;
      tab.focused = focused;
      changed.push(tab);
    }
    const rank = (tab: SimTab) => (tab.visible ? 1 : 0) + (tab.focused ? 1 : 0);
    for (const tab of changed.sort((a, b) => rank(a) - rank(b))) {
      const page = tab.page;
      if (!page) continue;
      page.window.document.dispatchEvent(new page.window.Event('visibilitychange'));
      page.window.dispatchEvent(new page.window.Event(tab.focused ? 'focus' : 'blur'));
    }
  }

  function tabOf(tabId: number): SimTab {
    const tab = tabs.get(tabId);
    if (!tab) throw new Error(`${scenario.id}: no open tab ${tabId} at +${now - start} ms`);
    return tab;
  }

  function closeTab(tab: SimTab) {
    if (tab.page) closeSimPage(tab.page, false);
    tabs.delete(tab.id);
    dispatch({ type: 'tab-closed', tabId: tab.id });
    const window = windows.get(tab.windowId);
    if (!window) return;
    window.tabIds = window.tabIds.filter((id) => id !== tab.id);
    if (window.active === tab.id) window.active = window.tabIds.at(-1) ?? null;
    if (window.tabIds.length === 0) {
      windows.delete(tab.windowId);
      if (focusedWindow === tab.windowId) focusedWindow = null;
    }
  }

  /** What the learner and the machine do; see `Action`. */
  function apply(action: Agenda['action']) {
    switch (action.type) {
      case 'open-tab': {
        if (!browserOpen) throw new Error(`${scenario.id}: tab opened while the browser is closed`);
        const window = windows.get(action.windowId) ?? { tabIds: [], active: null };
        windows.set(action.windowId, window);
        window.tabIds.push(action.tabId);
        window.active = action.tabId;
        focusedWindow = action.windowId;
        const tab = createSimTab(action.tabId, action.windowId, action.target, now);
        tabs.set(tab.id, tab);
        // The content script runs on the platforms' hosts: a target, or an address given on such a host.
        if (action.target || action.url) {
          const url = pageUrl(action.target, action.url);
          openSimPage(tab, url, pageSettings, host, action.framePlayer);
          noteKey(tab, pageSettings, keys);
        }
        return refreshWindows();
      }
      case 'activate-tab': {
        const tab = tabOf(action.tabId);
        const window = windows.get(tab.windowId);
        if (window) window.active = tab.id;
        focusedWindow = tab.windowId;
        return refreshWindows();
      }
      case 'close-tab':
        closeTab(tabOf(action.tabId));
        return refreshWindows();
      case 'focus-window':
        focusedWindow = action.windowId;
        return refreshWindows();
      case 'input': {
        const tab = tabOf(action.tabId);
        if (!tab.focused) throw new Error(`${scenario.id}: input into unfocused tab ${tab.id}`);
        inputLog.push({ tabId: tab.id, at: now, clock: clock() });
        tab.learnerInputAt = now;
        tab.learnerInputClock = clock();
        applyPageAction(tab, action, pageSettings, keys);
        return;
      }
      case 'lock':
        locked = true;
        return dispatch({ type: 'lock' });
      case 'unlock':
        locked = false;
        return dispatch({ type: 'unlock' });
      case 'sleep':
        asleepUntil = now + action.durationMs;
        timers.postponeUntil(asleepUntil);
        insert({ at: asleepUntil, action: { type: 'wake' } });
        return;
      case 'wake':
        asleepUntil = Number.NEGATIVE_INFINITY;
        return;
      case 'restart-worker':
        return background.restartWorker();
      case 'close-browser':
        // Every tab vanishes without a word: no pagehide, no timers, no alarms.
        browserOpen = false;
        for (const tab of tabs.values()) if (tab.page) closeSimPage(tab.page, true);
        tabs.clear();
        windows.clear();
        focusedWindow = null;
        timers.clearAll();
        return;
      case 'relaunch-browser':
        browserOpen = true;
        background.relaunch();
        launches.push(now);
        armSweep(now + ALARM_PERIOD_MS);
        return;
      case 'set-clock':
        clockOffset += action.deltaMs;
        return;
      default:
        if (isPageAction(action)) applyPageAction(tabOf(action.tabId), action, pageSettings, keys);
        return;
    }
  }

  function record() {
    trace.push({
      at: now,
      clockOffset,
      asleep: now < asleepUntil,
      locked,
      browserOpen,
      tabs: [...tabs.values()].map((tab) => ({
        id: tab.id,
        windowId: tab.windowId,
        platform: tab.target !== null,
        lessonKey: tab.target ? (keys.get(tab.target.lessonKey) ?? tab.target.lessonKey) : null,
        visible: tab.visible,
        focused: tab.focused,
        lastInputTrue: tab.learnerInputAt,
        lastInputClock: tab.learnerInputClock,
        mediaPlaying: tab.mediaPlaying,
        awayDialog: tab.awayDialog,
        hiddenSince: tab.hiddenSince,
      })),
    });
  }

  const agenda: Agenda[] = scenario.script
    .map((action) => ({ at: start + action.at, action }))
    .sort((a, b) => a.at - b.at);
  /** Inserts after everything at or before its moment, so ties keep script order. */
  function insert(item: Agenda) {
    const index = agenda.findIndex((other) => other.at > item.at);
    agenda.splice(index === -1 ? agenda.length : index, 0, item);
  }

  armSweep(start + ALARM_PHASE_MS);
  record();
  let next = 0;
  for (;;) {
    const item = agenda[next];
    const timer = timers.peek();
    const itemAt = item?.at ?? Number.POSITIVE_INFINITY;
    const timerAt = timer?.fireAt ?? Number.POSITIVE_INFINITY;
    if (Math.min(itemAt, timerAt) > end) break;
    if (item && itemAt <= timerAt) {
      if (item.at < asleepUntil)
        throw new Error(`${scenario.id}: ${item.action.type} while the machine sleeps`);
      now = item.at;
      next++;
      apply(item.action);
      record();
    } else if (timer) {
      timers.clear(timer.owner);
      now = timer.fireAt;
      timer.run();
    }
  }

  const byLesson = Object.entries(scenario.truthByLesson ?? {}).map(([key, list]) => [
    keys.get(key) ?? key,
    atOrigin(list, start),
  ]);
  return {
    scenario,
    settings,
    start,
    end,
    truth: atOrigin(scenario.truth, start),
    truthByLesson: Object.fromEntries(byLesson),
    sessions: background.sessions(),
    trace,
    inputs: inputLog,
    messages: background.messages,
    writes: background.writes,
    ignored: background.ignored,
    launches,
  };
}
