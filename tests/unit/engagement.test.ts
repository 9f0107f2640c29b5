import { describe, expect, it } from 'vitest';
import {
  disengagedAt,
  type EngagementSettings,
  engagementAt,
  type PageSignals,
} from '@/storage/tracking/engagement';

const NOW = Date.UTC(2026, 3, 15, 2, 0, 0);
const settings: EngagementSettings = { idleSeconds: 180, countBackgroundAudio: false };
const withAudio: EngagementSettings = { idleSeconds: 180, countBackgroundAudio: true };

function signals(overrides: Partial<PageSignals> = {}): PageSignals {
  return {
    visible: true,
    focused: true,
    lastInputAt: null,
    mediaPlaying: false,
    awayDialog: false,
    ...overrides,
  };
}

describe('engagementAt', () => {
  it('recent input in a visible, focused page is input engagement that lapses idleSeconds after the input', () => {
    const lastInputAt = NOW - 10_000;
    expect(engagementAt(signals({ lastInputAt }), settings, NOW)).toEqual({
      engaged: true,
      kind: 'input',
      lapsesAt: lastInputAt + 180_000,
    });
  });

  it('input exactly idleSeconds old still counts', () => {
    expect(engagementAt(signals({ lastInputAt: NOW - 180_000 }), settings, NOW).engaged).toBe(true);
  });

  it('input one millisecond older than idleSeconds is stale and does not count', () => {
    expect(engagementAt(signals({ lastInputAt: NOW - 180_001 }), settings, NOW)).toEqual({
      engaged: false,
      kind: 'input',
    });
  });

  it('idleSeconds comes from the settings', () => {
    const s = { idleSeconds: 60, countBackgroundAudio: false };
    expect(engagementAt(signals({ lastInputAt: NOW - 61_000 }), s, NOW).engaged).toBe(false);
    expect(engagementAt(signals({ lastInputAt: NOW - 59_000 }), s, NOW)).toMatchObject({
      engaged: true,
      lapsesAt: NOW + 1_000,
    });
  });

  it('a page with no input ever and no media is not engaged', () => {
    expect(engagementAt(signals(), settings, NOW).engaged).toBe(false);
  });

  it('recent input does not count when the window has no focus', () => {
    expect(engagementAt(signals({ focused: false, lastInputAt: NOW - 1_000 }), settings, NOW).engaged).toBe(
      false,
    );
  });

  it('recent input does not count when the page is hidden', () => {
    expect(engagementAt(signals({ visible: false, lastInputAt: NOW - 1_000 }), settings, NOW).engaged).toBe(
      false,
    );
  });

  it('playing media in a visible page counts without any input, with no lapse time', () => {
    const engagement = engagementAt(signals({ mediaPlaying: true, lastInputAt: null }), settings, NOW);
    expect(engagement).toEqual({ engaged: true, kind: 'media' });
    expect(engagement.lapsesAt).toBeUndefined();
  });

  it('playing media counts with stale input and in an unfocused window (lecture on a second monitor)', () => {
    expect(
      engagementAt(
        signals({ mediaPlaying: true, focused: false, lastInputAt: NOW - 3_600_000 }),
        settings,
        NOW,
      ),
    ).toEqual({
      engaged: true,
      kind: 'media',
    });
  });

  it('focused input takes priority over visible media', () => {
    expect(engagementAt(signals({ mediaPlaying: true, lastInputAt: NOW - 5_000 }), settings, NOW).kind).toBe(
      'input',
    );
  });

  it('a hidden tab with playing media does not count by default', () => {
    expect(
      engagementAt(signals({ visible: false, focused: false, mediaPlaying: true }), settings, NOW),
    ).toEqual({
      engaged: false,
      kind: 'input',
    });
  });

  it('a hidden tab with playing media counts as background audio when countBackgroundAudio is on', () => {
    expect(
      engagementAt(signals({ visible: false, focused: false, mediaPlaying: true }), withAudio, NOW),
    ).toEqual({
      engaged: true,
      kind: 'background-audio',
    });
  });

  it('countBackgroundAudio does not change a visible media page: it stays media', () => {
    expect(engagementAt(signals({ mediaPlaying: true }), withAudio, NOW).kind).toBe('media');
  });

  it('a hidden tab without media is not engaged even with countBackgroundAudio', () => {
    expect(engagementAt(signals({ visible: false, lastInputAt: NOW }), withAudio, NOW).engaged).toBe(false);
  });

  it('the away dialog is never engaged, whatever else is true', () => {
    const everything = signals({ awayDialog: true, lastInputAt: NOW, mediaPlaying: true });
    expect(engagementAt(everything, withAudio, NOW)).toEqual({ engaged: false, kind: 'input' });
    expect(engagementAt({ ...everything, visible: false }, withAudio, NOW).engaged).toBe(false);
  });
});

describe('disengagedAt', () => {
  it('for input engagement that lapsed, it is the lapse moment, not the later moment a timer noticed', () => {
    const lapsesAt = NOW - 40_000;
    expect(disengagedAt({ engaged: true, kind: 'input', lapsesAt }, NOW)).toBe(lapsesAt);
  });

  it('for input engagement that ended before it lapsed (tab hidden), it is now', () => {
    expect(disengagedAt({ engaged: true, kind: 'input', lapsesAt: NOW + 100_000 }, NOW)).toBe(NOW);
  });

  it('for media engagement (no lapse time), it is now', () => {
    expect(disengagedAt({ engaged: true, kind: 'media' }, NOW)).toBe(NOW);
    expect(disengagedAt({ engaged: true, kind: 'background-audio' }, NOW)).toBe(NOW);
  });

  it('agrees with engagementAt: the last engaged instant of stale input is the disengagement time', () => {
    const lastInputAt = NOW;
    const before = engagementAt(signals({ lastInputAt }), settings, NOW);
    const later = NOW + 500_000;
    expect(engagementAt(signals({ lastInputAt }), settings, later).engaged).toBe(false);
    const end = disengagedAt(before, later);
    expect(end).toBe(NOW + 180_000);
    expect(engagementAt(signals({ lastInputAt }), settings, end).engaged).toBe(true);
  });
});
