import { describe, expect, it } from 'vitest';
import { duplicatedPackages, localeDescriptions } from '../bench/bundle-check';

describe('the bundle check of the store build', () => {
  it('names a library that two scripts both carry, with both scripts', () => {
    const found = duplicatedPackages({
      'background.js': { dexie: 86_000, zod: 500 },
      'chunks/dashboard.js': { dexie: 86_000, zod: 91_000 },
      'chunks/popup.js': { preact: 13_000 },
    });
    expect([...found]).toEqual([['dexie', ['background.js', 'chunks/dashboard.js']]]);
  });

  it('finds nothing when each library is in one chunk', () => {
    expect(
      duplicatedPackages({ 'background.js': {}, 'chunks/shared.js': { dexie: 86_000, zod: 91_000 } }).size,
    ).toBe(0);
  });

  it('looks for the longer descriptions of a locale file, not its messages', () => {
    const text = JSON.stringify({
      a: { message: 'Pause', description: 'Button that pauses the tracking for a while' },
      b: { message: 'Resume', description: 'Short one' },
      c: {
        message: 'Same text as a message, long enough',
        description: 'Same text as a message, long enough',
      },
    });
    expect(localeDescriptions(text)).toEqual(['Button that pauses the tracking for a while']);
  });
});
