import { describe, expect, it } from 'vitest';
import type { StudyTarget } from '@/storage/platforms/read-titles';
import type { Heartbeat } from '@/storage/schemas/messages';
import { heartbeatSchema } from '@/storage/schemas/messages';
import type { PageSignals } from '@/storage/tracking/engagement';
import { createHeartbeatLoop, type LoopSettings } from '@/storage/tracking/heartbeat-loop';
import { createSegmentReplay } from './support/segment-replay';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
const S = 1000;
const MIN = 60 * S;

const SETTINGS: LoopSettings = {
  idleSeconds: 180,
  heartbeatSeconds: 15,
  countBackgroundAudio: false,
  paused: false,
};

const LESSON_1: StudyTarget = {
  courseKey: 'enaea:辅导员职业能力',
  courseTitle: '辅导员职业能力',
  lessonKey: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1#lesson-1',
  lessonTitle: '第一讲',
};
const LESSON_2: StudyTarget = {
  ...LESSON_1,
  lessonKey: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=1#lesson-2',
  lessonTitle: '第二讲',
};

/** The page's signals with its last input as a moment on the fake clock; the loop sees its age. */
type FakeSignals = Omit<PageSignals, 'inputAgeMs'> & { lastInputAt: number | null };

const IDLE_PAGE: FakeSignals = {
  visible: true,
  focused: true,
  lastInputAt: null,
  mediaPlaying: false,
  awayDialog: false,
};

/**
 * A page with a fake clock and a fake one-shot timer (like the content script's: a new schedule replaces
 * the armed one). Timers run only when the test moves the clock past them.
 */
function fakePage(settings: LoopSettings = SETTINGS, signals: Partial<FakeSignals> = {}) {
  const page = {
    clock: T0,
    /** The monotonic clock: moves with `clock` except when the test sets the wall clock. */
    elapsed: 0,
    signals: { ...IDLE_PAGE, ...signals } as FakeSignals,
    target: LESSON_1,
    sent: [] as Heartbeat[],
    scheduled: [] as { delayMs: number; at: number; run: () => void }[],
    timer: undefined as { at: number; run: () => void } | undefined,
  };
  const loop = createHeartbeatLoop(
    {
      platformId: 'enaea',
      now: () => page.clock,
      elapsed: () => page.elapsed,
      signals: () => {
        const { lastInputAt, ...rest } = page.signals;
        return { ...rest, inputAgeMs: lastInputAt === null ? null : page.clock - lastInputAt };
      },
      target: () => page.target,
      send: (heartbeat) => page.sent.push(heartbeat),
      schedule: (delayMs, run) => {
        page.scheduled.push({ delayMs, at: page.clock + delayMs, run });
        page.timer = { at: page.clock + delayMs, run };
      },
    },
    settings,
  );
  /** Moves the clock to `t`, running each timer that falls due on the way at its own moment. */
  function advanceTo(t: number) {
    while (page.timer && page.timer.at <= t) {
      const { at, run } = page.timer;
      page.timer = undefined;
      page.elapsed += at - page.clock;
      page.clock = at;
      run();
    }
    page.elapsed += t - page.clock;
    page.clock = t;
  }
  /** Runs the armed timer late, at `t` (a throttled or frozen background timer). */
  function fireLateAt(t: number) {
    const timer = page.timer;
    if (!timer) throw new Error('no timer armed');
    page.timer = undefined;
    page.elapsed += t - page.clock;
    page.clock = t;
    timer.run();
  }
  /** Sets the wall clock by `deltaMs`; armed timers run on the monotonic clock, so they move with it. */
  function setClock(deltaMs: number) {
    page.clock += deltaMs;
    if (page.timer) page.timer.at += deltaMs;
  }
  return { page, loop, advanceTo, fireLateAt, setClock };
}

describe('heartbeat loop', () => {
  it('an engaged page sends a heartbeat immediately, then every heartbeatSeconds', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]).toMatchObject({
      type: 'heartbeat',
      ts: T0,
      engaged: true,
      kind: 'media',
      platformId: 'enaea',
      ...LESSON_1,
    });
    expect(page.scheduled).toHaveLength(1);
    expect(page.scheduled[0]?.delayMs).toBeGreaterThanOrEqual(15 * S);
    expect(page.scheduled[0]?.delayMs).toBeLessThan(16 * S);

    advanceTo(T0 + 2 * MIN);
    const times = page.sent.map((hb) => hb.ts);
    expect(times.length).toBeGreaterThanOrEqual(8);
    expect(times.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < times.length; i++) {
      const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(15 * S);
      expect(gap).toBeLessThan(16 * S);
    }
    expect(page.sent.every((hb) => hb.engaged && hb.kind === 'media')).toBe(true);
  });

  it('every heartbeat it sends is a valid heartbeat message', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + MIN);
    page.signals = { ...page.signals, mediaPlaying: false };
    loop.evaluate();
    expect(page.sent.length).toBeGreaterThan(2);
    for (const heartbeat of page.sent) expect(heartbeatSchema.safeParse(heartbeat).success).toBe(true);
  });

  it('heartbeatSeconds comes from the settings', () => {
    const { page, loop, advanceTo } = fakePage({ ...SETTINGS, heartbeatSeconds: 30 }, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 2 * MIN);
    expect(page.sent.length).toBeGreaterThanOrEqual(4);
    expect(page.sent.length).toBeLessThanOrEqual(5);
  });

  it('stays within 4 messages a minute while steadily engaged', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 10 * MIN);
    expect(page.sent.length).toBeLessThanOrEqual(4 * 10 + 1);
  });

  it('an event that changes nothing sends nothing extra', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 3 * S);
    loop.evaluate();
    loop.evaluate();
    expect(page.sent).toHaveLength(1);
  });

  it('a page that is not engaged sends nothing and arms no timer', () => {
    const { page, loop } = fakePage(SETTINGS, { visible: false });
    loop.evaluate();
    expect(page.sent).toEqual([]);
    expect(page.scheduled).toEqual([]);
  });

  it('a media pause sends a disengaging heartbeat at once', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 20 * S);
    const before = page.sent.length;
    page.signals = { ...page.signals, mediaPlaying: false };
    loop.evaluate();
    expect(page.sent).toHaveLength(before + 1);
    expect(page.sent.at(-1)).toMatchObject({
      ts: T0 + 20 * S,
      engaged: false,
      kind: 'media',
      lessonKey: LESSON_1.lessonKey,
    });
  });

  it('media playing again after a pause sends an engaged heartbeat at once', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    page.signals = { ...page.signals, mediaPlaying: false };
    advanceTo(T0 + 5 * S);
    loop.evaluate();
    advanceTo(T0 + 9 * S);
    page.signals = { ...page.signals, mediaPlaying: true };
    loop.evaluate();
    expect(page.sent.map((hb) => [hb.ts - T0, hb.engaged])).toEqual([
      [0, true],
      [5 * S, false],
      [9 * S, true],
    ]);
  });

  it('the away dialog disengages at once', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 7 * S);
    page.signals = { ...page.signals, awayDialog: true };
    loop.evaluate();
    expect(page.sent.at(-1)).toMatchObject({ ts: T0 + 7 * S, engaged: false });
  });

  it('an input idle lapse sends the disengaging heartbeat with ts = last input + idleSeconds', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { lastInputAt: T0 });
    loop.evaluate();
    expect(page.sent[0]).toMatchObject({ ts: T0, engaged: true, kind: 'input' });
    advanceTo(T0 + 10 * MIN);
    const last = page.sent.at(-1);
    expect(last).toMatchObject({ engaged: false, kind: 'input', ts: T0 + 180 * S });
    expect(page.sent.filter((hb) => !hb.engaged)).toHaveLength(1);
    expect(page.sent.filter((hb) => hb.engaged).every((hb) => hb.ts <= T0 + 180 * S)).toBe(true);
  });

  it('the idle lapse ts is the lapse moment even when the timer runs much later (throttled timer)', () => {
    const { page, loop, fireLateAt } = fakePage(SETTINGS, { lastInputAt: T0 - 170 * S });
    loop.evaluate();
    // The lapse (10 s away) comes before the next beat, so the timer is armed for the lapse.
    expect(page.scheduled[0]?.delayMs).toBeGreaterThanOrEqual(10 * S);
    expect(page.scheduled[0]?.delayMs).toBeLessThan(11 * S);
    fireLateAt(T0 + 5 * MIN);
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, ts: T0 + 10 * S });
  });

  it('new input before the lapse keeps the page engaged', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { lastInputAt: T0 });
    loop.evaluate();
    advanceTo(T0 + 170 * S);
    page.signals = { ...page.signals, lastInputAt: T0 + 170 * S };
    advanceTo(T0 + 300 * S);
    expect(page.sent.every((hb) => hb.engaged)).toBe(true);
    advanceTo(T0 + 400 * S);
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, ts: T0 + 350 * S });
  });

  it('input lapsing while a video plays switches to media at once instead of disengaging', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { lastInputAt: T0, mediaPlaying: true });
    loop.evaluate();
    expect(page.sent[0]?.kind).toBe('input');
    advanceTo(T0 + 200 * S);
    expect(page.sent.some((hb) => !hb.engaged)).toBe(false);
    const switched = page.sent.find((hb) => hb.kind === 'media');
    expect(switched?.ts).toBeGreaterThanOrEqual(T0 + 180 * S);
    expect(switched?.ts).toBeLessThan(T0 + 181 * S);
  });

  it('a lesson key change while engaged sends at once with the new lessonKey', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 4 * S);
    page.target = LESSON_2;
    loop.evaluate();
    expect(page.sent).toHaveLength(2);
    expect(page.sent[1]).toMatchObject({
      ts: T0 + 4 * S,
      engaged: true,
      lessonKey: LESSON_2.lessonKey,
      lessonTitle: '第二讲',
    });
  });

  it('a lesson change together with disengagement closes the old lesson', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 4 * S);
    page.target = LESSON_2;
    page.signals = { ...page.signals, mediaPlaying: false };
    loop.evaluate();
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, lessonKey: LESSON_1.lessonKey });
  });

  it('paused settings send nothing', () => {
    const { page, loop, advanceTo } = fakePage(
      { ...SETTINGS, paused: true },
      { mediaPlaying: true, lastInputAt: T0 },
    );
    loop.evaluate();
    advanceTo(T0 + 10 * MIN);
    loop.evaluate();
    expect(page.sent).toEqual([]);
  });

  it('pausing closes an engaged segment with a disengaging heartbeat, then sends nothing', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 20 * S);
    const before = page.sent.length;
    loop.update({ ...SETTINGS, paused: true });
    expect(page.sent).toHaveLength(before + 1);
    expect(page.sent.at(-1)).toMatchObject({ ts: T0 + 20 * S, engaged: false });
    advanceTo(T0 + 10 * MIN);
    loop.evaluate();
    expect(page.sent).toHaveLength(before + 1);
  });

  it('resuming from pause sends an engaged heartbeat at once', () => {
    const { page, loop, advanceTo } = fakePage({ ...SETTINGS, paused: true }, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + MIN);
    loop.update(SETTINGS);
    expect(page.sent).toEqual([expect.objectContaining({ ts: T0 + MIN, engaged: true })]);
  });

  it('stop() sends a disengaging heartbeat when engaged', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    advanceTo(T0 + 8 * S);
    loop.stop();
    expect(page.sent.at(-1)).toMatchObject({ ts: T0 + 8 * S, engaged: false, lessonKey: LESSON_1.lessonKey });
    loop.stop();
    expect(page.sent.filter((hb) => !hb.engaged)).toHaveLength(1);
  });

  it('stop() of an input-engaged page past its lapse closes at the lapse moment', () => {
    const { page, loop } = fakePage(SETTINGS, { lastInputAt: T0 });
    loop.evaluate();
    page.clock = T0 + 10 * MIN;
    page.elapsed += 10 * MIN;
    loop.stop();
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, ts: T0 + 180 * S });
  });

  it('reading, then the clock set back two hours: input lapses idleSeconds after it, stamped on the new clock', () => {
    const { page, loop, advanceTo, setClock } = fakePage(SETTINGS, { lastInputAt: T0 });
    loop.evaluate();
    advanceTo(T0 + MIN);
    // The wall clock jumps back; the page keeps its input as an age on the monotonic clock.
    setClock(-2 * 60 * MIN);
    page.signals = { ...page.signals, lastInputAt: T0 - 2 * 60 * MIN };
    advanceTo(page.clock + 10 * MIN);
    const closing = page.sent.filter((hb) => !hb.engaged);
    expect(closing).toHaveLength(1);
    expect(closing[0]?.ts).toBe(T0 + 3 * MIN - 2 * 60 * MIN);
    expect(page.sent.every((hb) => hb.ts <= T0 + MIN || hb.ts <= T0 + 3 * MIN - 2 * 60 * MIN)).toBe(true);
  });

  it('the disengaging heartbeat after a late timer is the lapse moment even when the clock moved meanwhile', () => {
    const { page, loop } = fakePage(SETTINGS, { lastInputAt: T0 });
    loop.evaluate();
    // Ten minutes pass on the monotonic clock while the wall clock is set back an hour.
    page.elapsed += 10 * MIN;
    page.clock = T0 + 10 * MIN - 60 * MIN;
    page.timer?.run();
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, ts: T0 + 3 * MIN - 60 * MIN });
  });

  it('stop() sends nothing when the page is not engaged', () => {
    const { page, loop } = fakePage(SETTINGS, { visible: false });
    loop.evaluate();
    loop.stop();
    expect(page.sent).toEqual([]);
  });

  it('after stop(), coming back (pageshow) sends an engaged heartbeat at once', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { mediaPlaying: true });
    loop.evaluate();
    loop.stop();
    advanceTo(T0 + 3 * S);
    loop.evaluate();
    expect(page.sent.map((hb) => hb.engaged)).toEqual([true, false, true]);
  });
});

describe('heartbeat loop through applyHeartbeat (end to end)', () => {
  /** Plays a script of page changes; every heartbeat goes to the background replay as it is sent. */
  function run(
    script: {
      at: number;
      change: (page: ReturnType<typeof fakePage>['page'], loop: ReturnType<typeof fakePage>['loop']) => void;
    }[],
    end: number,
  ) {
    const harness = fakePage(SETTINGS);
    const replay = createSegmentReplay({ heartbeatSeconds: SETTINGS.heartbeatSeconds });
    let delivered = 0;
    const deliver = () => {
      for (; delivered < harness.page.sent.length; delivered++) {
        const heartbeat = harness.page.sent[delivered];
        if (heartbeat) replay.apply(heartbeat, harness.page.clock);
      }
    };
    for (const step of script) {
      while (harness.page.timer && harness.page.timer.at <= step.at) {
        harness.advanceTo(harness.page.timer.at);
        deliver();
      }
      harness.advanceTo(step.at);
      step.change(harness.page, harness.loop);
      deliver();
    }
    // Each heartbeat reaches the background when it is sent, as in the extension.
    while (harness.page.timer && harness.page.timer.at <= end) {
      harness.advanceTo(harness.page.timer.at);
      deliver();
    }
    harness.advanceTo(end);
    deliver();
    return { replay, sent: harness.page.sent };
  }

  it('a 10-minute lecture with a pause in the middle counts its true engaged time within one heartbeat interval', () => {
    const { replay, sent } = run(
      [
        {
          at: T0,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: true, focused: false };
            loop.evaluate();
          },
        },
        {
          at: T0 + 5 * MIN,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: false };
            loop.evaluate();
          },
        },
        {
          at: T0 + 8 * MIN,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: true };
            loop.evaluate();
          },
        },
        {
          at: T0 + 13 * MIN,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: false };
            loop.evaluate();
          },
        },
      ],
      T0 + 20 * MIN,
    );
    const truth = 10 * MIN;
    expect(Math.abs(replay.totalMs() - truth)).toBeLessThanOrEqual(SETTINGS.heartbeatSeconds * S);
    expect(replay.rows()).toHaveLength(2);
    expect(replay.drops).toEqual([]);
    // Nothing is counted during the pause.
    const [first, second] = replay.rows().sort((a, b) => a.start - b.start);
    expect(first?.end).toBeLessThanOrEqual(T0 + 5 * MIN);
    expect(second?.start).toBeGreaterThanOrEqual(T0 + 8 * MIN);
    expect(sent.length).toBeLessThanOrEqual(4 * 10 + 4);
  });

  it('reading with input then going idle counts up to the last input plus idleSeconds', () => {
    const inputs = [0, 40, 95, 150, 230].map((s) => T0 + s * S);
    const { replay } = run(
      inputs.map((at, i) => ({
        at,
        change: (page, loop) => {
          page.signals = { ...page.signals, lastInputAt: at };
          if (i === 0) loop.evaluate();
        },
      })),
      T0 + 30 * MIN,
    );
    const lastInput = T0 + 230 * S;
    const truth = lastInput + 180 * S - T0;
    expect(replay.totalMs()).toBe(truth);
  });

  it('a lesson left within one interval of starting keeps the title the page showed for it', () => {
    const { replay } = run(
      [
        {
          at: T0,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: true };
            loop.evaluate();
          },
        },
        {
          // The address changes first; the page shows the new lesson's title a moment later.
          at: T0 + 20 * S,
          change: (page, loop) => {
            page.target = { ...LESSON_2, lessonTitle: LESSON_1.lessonTitle };
            loop.evaluate();
          },
        },
        {
          at: T0 + 20 * S + 50,
          change: (page, loop) => {
            page.target = LESSON_2;
            loop.evaluate();
          },
        },
        {
          at: T0 + 30 * S,
          change: (page, loop) => {
            page.signals = { ...page.signals, mediaPlaying: false };
            loop.evaluate();
          },
        },
      ],
      T0 + MIN,
    );
    const second = replay.rows().find((row) => row.lessonKey === LESSON_2.lessonKey);
    expect(second?.lessonTitle).toBe('第二讲');
  });

  it('the machine sleeping mid-lecture adds no time for the sleep', () => {
    const harness = fakePage(SETTINGS, { mediaPlaying: true });
    const replay = createSegmentReplay();
    const deliverAll = () => {
      // Messages reach the background at once: its clock reads each heartbeat's own moment.
      for (const heartbeat of harness.page.sent.splice(0)) replay.apply(heartbeat, heartbeat.ts);
    };
    harness.loop.evaluate();
    harness.advanceTo(T0 + 3 * MIN);
    deliverAll();
    // Asleep for an hour: no timer runs; on wake the armed timer fires late and the video is still "playing".
    harness.fireLateAt(T0 + 63 * MIN);
    deliverAll();
    harness.advanceTo(T0 + 66 * MIN);
    harness.page.signals = { ...harness.page.signals, mediaPlaying: false };
    harness.loop.evaluate();
    deliverAll();
    const truth = 6 * MIN;
    expect(replay.totalMs()).toBeLessThanOrEqual(truth);
    expect(truth - replay.totalMs()).toBeLessThanOrEqual(SETTINGS.heartbeatSeconds * S);
  });
});

describe('heartbeat loop with a player frame that reports', () => {
  it('claims no moment after the frame last reported, and closes there when the frame falls silent', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS);
    /** The frame last reported at this moment (wall clock = monotonic here). */
    let reportedAt = T0;
    const freshForMs = 30 * S;
    page.signals = { ...page.signals, focused: false };
    const base = () => page.signals;
    const withFrame = () => {
      const ageMs = page.clock - reportedAt;
      return ageMs < freshForMs ? { ageMs, expiresInMs: freshForMs - ageMs } : null;
    };
    const harness = createHeartbeatLoop(
      {
        platformId: 'enetedu',
        now: () => page.clock,
        signals: () => ({
          ...base(),
          inputAgeMs: null,
          frameMedia: withFrame(),
          frameMediaLost: withFrame() === null,
        }),
        target: () => page.target,
        send: (heartbeat) => page.sent.push(heartbeat),
        schedule: (delayMs, run) => {
          page.timer = { at: page.clock + delayMs, run };
        },
      },
      SETTINGS,
    );
    void loop;
    harness.evaluate();
    // The frame reports at 15 s and 30 s, then dies at 40 s.
    for (const at of [15 * S, 30 * S]) {
      advanceTo(T0 + at);
      reportedAt = T0 + at;
      harness.evaluate();
    }
    advanceTo(T0 + 3 * MIN);
    expect(page.sent.every((hb) => hb.ts <= T0 + 30 * S)).toBe(true);
    expect(page.sent.at(-1)).toMatchObject({ engaged: false, kind: 'media', ts: T0 + 30 * S });
    expect(page.sent.filter((hb) => !hb.engaged)).toHaveLength(1);
  });
});

describe('heartbeat loop with a player frame that stops', () => {
  it('a frame that reports its pause ends the engagement at that report, and a lesson change splits at once', () => {
    const { page, loop, advanceTo } = fakePage(SETTINGS, { focused: false });
    let frameMedia: PageSignals['frameMedia'] = null;
    const harness = createHeartbeatLoop(
      {
        platformId: 'enetedu',
        now: () => page.clock,
        signals: () => ({ ...page.signals, inputAgeMs: null, frameMedia }),
        target: () => page.target,
        send: (heartbeat) => page.sent.push(heartbeat),
        schedule: (delayMs, run) => {
          page.timer = { at: page.clock + delayMs, run };
        },
      },
      SETTINGS,
    );
    void loop;
    frameMedia = { ageMs: 0, expiresInMs: 30 * S };
    harness.evaluate();
    advanceTo(T0 + 12 * S);
    // The lesson changes 12 s in (the frame last reported at 0 s): the old lesson runs to this moment.
    frameMedia = { ageMs: 12 * S, expiresInMs: 18 * S };
    page.target = LESSON_2;
    harness.evaluate();
    advanceTo(T0 + 20 * S);
    // The new lesson's frame reports its pause: it played until now.
    frameMedia = null;
    harness.evaluate();
    expect(page.sent.map((hb) => [hb.ts - T0, hb.engaged, hb.lessonKey])).toEqual([
      [0, true, LESSON_1.lessonKey],
      [12 * S, true, LESSON_2.lessonKey],
      [20 * S, false, LESSON_2.lessonKey],
    ]);
  });
});

describe('heartbeat loop on a fractional monotonic clock (performance.now)', () => {
  it('stamps whole milliseconds, never later than the wall clock, so every heartbeat passes the schema', () => {
    let wall = T0;
    let elapsed = 1000.37;
    const sent: Heartbeat[] = [];
    let timer: (() => void) | undefined;
    let inputAt: number | null = null;
    let signals: PageSignals = {
      visible: true,
      focused: false,
      inputAgeMs: null,
      mediaPlaying: false,
      awayDialog: false,
      frameMedia: { ageMs: 40.6, expiresInMs: 29_959.4 },
    };
    const loop = createHeartbeatLoop(
      {
        platformId: 'enetedu',
        now: () => wall,
        elapsed: () => elapsed,
        signals: () => ({ ...signals, inputAgeMs: inputAt === null ? null : elapsed - inputAt }),
        target: () => LESSON_1,
        send: (heartbeat) => sent.push(heartbeat),
        schedule: (_delayMs, run) => {
          timer = run;
        },
      },
      SETTINGS,
    );
    loop.evaluate();
    wall += 15_000;
    elapsed += 15_000.25;
    inputAt = elapsed - 170_000.8;
    signals = { ...signals, focused: true, frameMedia: null };
    timer?.();
    wall += 60_000;
    elapsed += 60_000.5;
    timer?.();
    expect(sent.map((hb) => hb.engaged)).toEqual([true, true, false]);
    for (const heartbeat of sent) {
      expect(heartbeatSchema.safeParse(heartbeat).success, JSON.stringify(heartbeat)).toBe(true);
      expect(heartbeat.ts).toBeLessThanOrEqual(wall);
    }
  });
});
