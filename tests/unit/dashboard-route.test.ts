import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '@/entrypoints/dashboard/route';

describe('dashboard route', () => {
  it.each([
    ['', { view: 'week' }],
    ['#', { view: 'week' }],
    ['#/', { view: 'week' }],
    ['#/week', { view: 'week' }],
    ['#/week/2026-04-15', { view: 'week', weekStart: '2026-04-15' }],
    ['#/year', { view: 'year' }],
    ['#/year/2025', { view: 'year', year: 2025 }],
    ['#/settings', { view: 'settings' }],
    ['#/settings/../data', { view: 'settings' }],
    ['#/data', { view: 'data' }],
    ['#/data/', { view: 'data' }],
    ['#data', { view: 'data' }],
    ['#/reflections', { view: 'reflections' }],
    ['#/courses', { view: 'courses' }],
    ['#/sessions', { view: 'sessions' }],
    ['#/welcome', { view: 'welcome' }],
    ['#/plans', { view: 'plans' }],
    ['#/digest', { view: 'digest' }],
    ['#/digest/2026-04-13', { view: 'digest', weekStart: '2026-04-13' }],
    ['#/digest/2026-04-13?from=notification', { view: 'digest', weekStart: '2026-04-13' }],
  ] as const)('%j shows %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/unknown', '#/Data', '#/data-export', '#/../data'])(
    'an unknown hash %j falls back to the start view, the week',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ view: 'week' });
    },
  );

  it.each(['2026-02-30', '2026-13-01', '26-04-13', 'last-week', '2026-4-13'])(
    'a digest week %j that is not a real YYYY-MM-DD day is dropped, keeping the digest view',
    (day) => {
      expect(parseRoute(`#/digest/${day}`)).toEqual({ view: 'digest' });
    },
  );

  it.each(['#/week/2026-02-30', '#/week/last', '#/year/26', '#/year/1999', '#/year/abcd'])(
    'a week or year %j that is not a real day or a year of this product keeps the view without it',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ view: hash.startsWith('#/week') ? 'week' : 'year' });
    },
  );

  it('routeHash gives back a hash that parses to the same route', () => {
    for (const route of [
      { view: 'settings' },
      { view: 'data' },
      { view: 'reflections' },
      { view: 'digest' },
      { view: 'digest', weekStart: '2026-04-13' },
      { view: 'week' },
      { view: 'week', weekStart: '2026-04-13' },
      { view: 'year' },
      { view: 'year', year: 2026 },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
