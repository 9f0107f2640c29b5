import { describe, expect, it } from 'vitest';
import { type EngagementSettings, engagementAt, type PageSignals } from '@/storage/tracking/engagement';

const NOW = Date.UTC(2026, 3, 15, 2, 0, 0);
const settings: EngagementSettings = { idleSeconds: 180, countBackgroundAudio: false };
const withAudio: EngagementSettings = { idleSeconds: 180, countBackgroundAudio: true };

function signals(overrides: Partial<PageSignals> = {}): PageSignals {
  return {
    visible: true,
    focused: true,
    inputAgeMs: null,
    mediaPlaying: false,
    awayDialog: false,
    ...overrides,
  };
}

describe('engagementAt', () => {
  it('recent input in a visible, focused page is input engagement that lapses idleSeconds after the input', () => {
    expect(engagementAt(signals({ inputAgeMs: 10_000 }), settings, NOW)).toEqual({
      engaged: true,
      kind: 'input',
      lapsesAt: NOW + 170_000,
    });
  });

  it('input exactly idleSeconds old still counts', () => {
    expect(engagementAt(signals({ inputAgeMs: 180_000 }), settings, NOW).engaged).toBe(true);
  });

  it('input one millisecond older than idleSeconds is stale and does not count', () => {
    expect(engagementAt(signals({ inputAgeMs: 180_001 }), settings, NOW)).toEqual({
      engaged: false,
      kind: 'input',
    });
  });

  it('idleSeconds comes from the settings', () => {
    const s = { idleSeconds: 60, countBackgroundAudio: false };
    expect(engagementAt(signals({ inputAgeMs: 61_000 }), s, NOW).engaged).toBe(false);
    expect(engagementAt(signals({ inputAgeMs: 59_000 }), s, NOW)).toMatchObject({
      engaged: true,
      lapsesAt: NOW + 1_000,
    });
  });

  it('a page with no input ever and no media is not engaged', () => {
    expect(engagementAt(signals(), settings, NOW).engaged).toBe(false);
  });

  it('recent input does not count when the window has no focus', () => {
    expect(engagementAt(signals({ focused: false, inputAgeMs: 1_000 }), settings, NOW).engaged).toBe(false);
  });

  it('recent input does not count when the page is hidden', () => {
    expect(engagementAt(signals({ visible: false, inputAgeMs: 1_000 }), settings, NOW).engaged).toBe(false);
  });

  it('playing media in a visible page counts without any input, with no lapse time', () => {
    const engagement = engagementAt(signals({ mediaPlaying: true, inputAgeMs: null }), settings, NOW);
    expect(engagement).toEqual({ engaged: true, kind: 'media' });
    expect(engagement.lapsesAt).toBeUndefined();
  });

  it('playing media counts with stale input and in an unfocused window (lecture on a second monitor)', () => {
    expect(
      engagementAt(signals({ mediaPlaying: true, focused: false, inputAgeMs: 3_600_000 }), settings, NOW),
    ).toEqual({
      engaged: true,
      kind: 'media',
    });
  });

  it('focused input takes priority over visible media', () => {
    expect(engagementAt(signals({ mediaPlaying: true, inputAgeMs: 5_000 }), settings, NOW).kind).toBe(
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
    expect(engagementAt(signals({ visible: false, inputAgeMs: 0 }), withAudio, NOW).engaged).toBe(false);
  });

  it('input from the future (the clock set back after it) is stale, not fresh for hours', () => {
    expect(engagementAt(signals({ inputAgeMs: -2 * 3_600_000 }), settings, NOW)).toEqual({
      engaged: false,
      kind: 'input',
    });
    expect(engagementAt(signals({ inputAgeMs: -1 }), settings, NOW).engaged).toBe(false);
  });

  it('the away dialog is never engaged, whatever else is true', () => {
    const everything = signals({ awayDialog: true, inputAgeMs: 0, mediaPlaying: true });
    expect(engagementAt(everything, withAudio, NOW)).toEqual({ engaged: false, kind: 'input' });
    expect(engagementAt({ ...everything, visible: false }, withAudio, NOW).engaged).toBe(false);
  });
});
