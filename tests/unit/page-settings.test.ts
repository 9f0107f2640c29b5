import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFrameSignalsRelay } from '@/entrypoints/platform.content/frame-message';
import { readPageSettings } from '@/entrypoints/platform.content/page-settings';
import { frameSignalsRelaySchema } from '@/storage/schemas/messages';
import { parseSettings } from '@/storage/schemas/settings';

/** What the full settings schema makes of a stored value, limited to the fields a page reads. */
function fullReading(stored: unknown) {
  const { idleSeconds, heartbeatSeconds, countBackgroundAudio, paused, enabledPlatforms, customRules } =
    parseSettings(stored);
  return { idleSeconds, heartbeatSeconds, countBackgroundAudio, paused, enabledPlatforms, customRules };
}

const RULE = {
  id: 'user-1',
  name: '省培训平台',
  matches: ['*://peixun.example.edu.cn/course/*'],
  courseTitle: { selector: 'h1' },
  enabled: false,
};

describe("the page's small settings reader agrees with the settings schema", () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'settings'],
    ['defaults', {}],
    [
      'every page field set',
      { idleSeconds: 300, heartbeatSeconds: 30, countBackgroundAudio: true, paused: true },
    ],
    ['values out of range or of the wrong type', { idleSeconds: 5, heartbeatSeconds: 61.5, paused: 'yes' }],
    ['a version 1 object (no version field)', { idleSeconds: 240, enabledPlatforms: { enaea: false } }],
    ['a map with one value that is not a boolean', { enabledPlatforms: { enaea: false, smartedu: 'off' } }],
    ['a user rule without enabled', { customRules: [{ ...RULE, enabled: undefined }] }],
    ['a good rule next to broken ones', { customRules: [RULE, { id: 'x' }, 7, { ...RULE, matches: [] }] }],
  ])('%s', (_, stored) => {
    expect(readPageSettings(stored)).toEqual(fullReading(stored));
  });

  it('any number for idleSeconds and heartbeatSeconds is read as the schema reads it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -10, max: 4000 }), fc.double()),
        fc.integer({ min: 0, max: 90 }),
        (idle, beat) => {
          const stored = { idleSeconds: idle, heartbeatSeconds: beat };
          expect(readPageSettings(stored)).toEqual(fullReading(stored));
        },
      ),
    );
  });
});

describe('the relay of frame signals', () => {
  it('accepts what the relay schema accepts and refuses the rest', () => {
    const messages = [
      { type: 'frame-signals-relay', frameId: 3, mediaPlaying: true, inputAgeMs: null },
      { type: 'frame-signals-relay', frameId: 3, mediaPlaying: false, inputAgeMs: 1200 },
      { type: 'frame-signals-relay', frameId: 0, mediaPlaying: true, inputAgeMs: null },
      { type: 'frame-signals-relay', frameId: 3, mediaPlaying: 'yes', inputAgeMs: null },
      { type: 'frame-signals-relay', frameId: 3, mediaPlaying: true, inputAgeMs: -5 },
      { type: 'frame-signals', frameId: 3, mediaPlaying: true, inputAgeMs: null },
      null,
      'frame-signals-relay',
    ];
    for (const message of messages) {
      expect(isFrameSignalsRelay(message), JSON.stringify(message)).toBe(
        frameSignalsRelaySchema.safeParse(message).success,
      );
    }
  });
});
