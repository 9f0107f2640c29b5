/**
 * Which view the dashboard shows, read from `location.hash`: `#/settings`, `#/data`, `#/reflections`, `#/digest`, or
 * `#/digest/2026-04-13` for the digest of the week starting that day (the weekly reminder links there).
 */
export type Route =
  | { view: 'settings' }
  | { view: 'data' }
  | { view: 'reflections' }
  | { view: 'digest'; weekStart?: string };
export type View = Route['view'];

export const VIEWS: readonly View[] = ['settings', 'data', 'reflections', 'digest'];

/** A real calendar day written `YYYY-MM-DD`. */
function isLocalDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The route of a hash; anything unknown (an old bookmark, a typo, no hash) is the settings view. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#!?/, '').split('?')[0] ?? '';
  const [view, argument] = path.split('/').filter((part) => part !== '');
  if (view === 'data') return { view: 'data' };
  if (view === 'reflections') return { view: 'reflections' };
  if (view === 'digest') {
    if (argument !== undefined && isLocalDate(argument)) return { view: 'digest', weekStart: argument };
    return { view: 'digest' };
  }
  return { view: 'settings' };
}

/** The hash that leads to a route, for links. */
export function routeHash(route: Route): string {
  if (route.view === 'digest' && route.weekStart) return `#/digest/${route.weekStart}`;
  return `#/${route.view}`;
}
