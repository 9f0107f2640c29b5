// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hostWide } from '@/entrypoints/platform.content/host-wide';
import type { PageClock } from '@/entrypoints/platform.content/page-clock';
import { startTopFrame, type TopFrameSettings } from '@/entrypoints/platform.content/top-frame';
import type { FrameSignals, Heartbeat } from '@/storage/schemas/messages';
import { closeWindows, createDomWindow, type DomWindow } from '@/tests/replay/dom-page';

let open: DomWindow[] = [];
afterEach(async () => {
  await closeWindows(...open);
  open = [];
});

const SETTINGS: TopFrameSettings = {
  idleSeconds: 180,
  heartbeatSeconds: 15,
  countBackgroundAudio: false,
  paused: false,
  enabledPlatforms: {},
  customRules: [],
};

/** One clock for wall and monotonic time, with timers that run as the test moves it on. */
function manualClock() {
  let now = Date.UTC(2026, 3, 15, 2);
  let seq = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: PageClock = {
    wallNow: () => now,
    monoNow: () => now,
    setTimeout: (run, delayMs) => {
      timers.set(++seq, { at: now + delayMs, run });
      return seq;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = end;
  };
  return { clock, advance, now: () => now };
}

function mooc(path: string) {
  const window = createDomWindow(`https://www.icourse163.org${path}`);
  window.document.title = '大学生心理健康_中国大学MOOC(慕课)';
  open.push(window);
  const sent: Heartbeat[] = [];
  const { clock, advance, now } = manualClock();
  const top = startTopFrame(
    window,
    SETTINGS,
    {
      clock,
      send: (message: Heartbeat | FrameSignals) => {
        if (message.type === 'heartbeat') sent.push(message);
      },
      onFrameSignals: () => () => undefined,
      isUserInput: () => true,
    },
    new AbortController().signal,
  );
  const type = () =>
    window.document.body.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true }));
  return { window, sent, advance, now, top, type };
}

describe('the rule follows in-page navigation', () => {
  it('a pushState from a lesson to a page outside the rule closes the segment and stops sending', () => {
    const page = mooc('/learn/XJTU-1001?tid=1#/learn/content?type=detail&id=7');
    expect(page.top.ruleId()).toBe('icourse163');
    page.type();
    page.advance(20_000);
    expect(page.sent.filter((hb) => hb.engaged).length).toBeGreaterThan(0);
    page.window.history.pushState({}, '', '/home/mycourses');
    page.advance(1000);
    expect(page.top.ruleId()).toBeNull();
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, platformId: 'icourse163' });
    const count = page.sent.length;
    page.type();
    page.advance(60_000);
    expect(page.sent).toHaveLength(count);
  });

  it('a pushState from a page outside the rule into a lesson starts counting', () => {
    const page = mooc('/home/mycourses');
    expect(page.top.ruleId()).toBeNull();
    page.type();
    page.advance(5000);
    expect(page.sent).toEqual([]);
    page.window.history.pushState({}, '', '/learn/XJTU-1001?tid=1#/learn/content?type=detail&id=7');
    page.advance(1000);
    page.type();
    page.advance(1000);
    expect(page.top.ruleId()).toBe('icourse163');
    expect(page.sent[0]).toMatchObject({ engaged: true, kind: 'input', platformId: 'icourse163' });
  });

  it('a rule turned off in the settings stops the tracker; turned on again, it starts', () => {
    const page = mooc('/learn/XJTU-1001?tid=1');
    page.type();
    page.advance(1000);
    page.top.update({ ...SETTINGS, enabledPlatforms: { icourse163: false } });
    expect(page.top.ruleId()).toBeNull();
    expect(page.sent.at(-1)).toMatchObject({ engaged: false });
    page.top.update(SETTINGS);
    expect(page.top.ruleId()).toBe('icourse163');
  });

  it('the content script is registered for the whole host of each preset pattern', () => {
    expect(
      hostWide([
        '*://www.icourse163.org/learn/*',
        '*://www.icourse163.org/spoc/learn/*',
        '*://*.chaoxing.com/mycourse/studentstudy*',
      ]),
    ).toEqual(['*://www.icourse163.org/*', '*://*.chaoxing.com/*']);
  });
});

describe('a stopped tracker stays stopped', () => {
  it('a DOM change just before leaving the lesson sends nothing after the closing heartbeat', () => {
    const window = createDomWindow('https://www.icourse163.org/learn/XJTU-1001?tid=1');
    open.push(window);
    const observers = new Set<() => void>();
    const sent: Heartbeat[] = [];
    const { clock, advance } = manualClock();
    startTopFrame(
      window,
      SETTINGS,
      {
        clock,
        send: (message: Heartbeat | FrameSignals) => {
          if (message.type === 'heartbeat') sent.push(message);
        },
        onFrameSignals: () => () => undefined,
        isUserInput: () => true,
        observeDom: (_root, onChange) => {
          observers.add(onChange);
          return () => observers.delete(onChange);
        },
      },
      new AbortController().signal,
    );
    window.document.body.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true }));
    advance(3000);
    // The app renders the course list (DOM changes, the second one held back by the throttle), then
    // moves the address out of the lesson.
    for (const observer of observers) observer();
    advance(10);
    for (const observer of observers) observer();
    window.history.pushState({}, '', '/home/mycourses');
    advance(1000);
    const closed = sent.length;
    expect(sent.at(-1)).toMatchObject({ engaged: false });
    advance(60_000);
    expect(sent).toHaveLength(closed);
  });
});

describe('titles after a fragment change', () => {
  it("reads the titles again on hashchange, after the page's own handler showed the new lesson", () => {
    const window = createDomWindow(
      'https://www.icourse163.org/learn/XJTU-1001?tid=1#/learn/content?type=detail&id=7',
      '<h2 class="j-unitslist"><li class="current"><span class="unit-name">第一单元</span></li></h2>',
    );
    open.push(window);
    const navigation = new window.EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation });
    // The page shows the new unit in its own hashchange handler, registered before the content script.
    window.addEventListener('hashchange', () => {
      const name = window.document.querySelector('.unit-name');
      if (name) name.textContent = '第二单元';
    });
    const sent: Heartbeat[] = [];
    const { clock, advance } = manualClock();
    startTopFrame(
      window,
      SETTINGS,
      {
        clock,
        send: (message: Heartbeat | FrameSignals) => {
          if (message.type === 'heartbeat') sent.push(message);
        },
        onFrameSignals: () => () => undefined,
        isUserInput: () => true,
      },
      new AbortController().signal,
    );
    window.document.body.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true }));
    window.history.pushState({}, '', '#/learn/content?type=detail&id=8');
    navigation.dispatchEvent(new window.Event('currententrychange'));
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    advance(2000);
    // The learner leaves at once: the closing heartbeat of the new lesson carries its own title.
    Object.defineProperty(window.document, 'visibilityState', { value: 'hidden' });
    window.document.dispatchEvent(new window.Event('visibilitychange'));
    const closing = sent.at(-1);
    expect(closing).toMatchObject({ engaged: false, lessonTitle: '第二单元' });
    expect(closing?.lessonKey).toContain('8');
  });
});
