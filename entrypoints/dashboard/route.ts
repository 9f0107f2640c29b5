/**
 * Which view the dashboard shows, read from `location.hash`: `#/week` (the start view; `#/week/2026-04-15`
 * for the week containing that day), `#/year` (`#/year/2025` for that year), `#/settings`, `#/data`,
 * `#/reflections`, `#/courses`, `#/sessions`, `#/welcome` (the guide, not in the navigation), `#/digest`, or
 * `#/digest/2026-04-13` for the digest of the week starting that day (the weekly reminder links there), or
 * `#/ledger` (the organiser's ledger, listed only when the setting "I organise a training" is on), or
 * `#/plans` (training plans: progress, pace, forecast, the completion record).
 */
export type Route =
  | { view: 'week'; weekStart?: string }
  | { view: 'year'; year?: number }
  | { view: 'settings' }
  | { view: 'data' }
  | { view: 'reflections' }
  | { view: 'courses' }
  | { view: 'sessions' }
  | { view: 'welcome' }
  | { view: 'digest'; weekStart?: string }
  | { view: 'ledger' }
  | { view: 'plans' };
export type View = Route['view'];

export const VIEWS: readonly View[] = [
  'week',
  'year',
  'settings',
  'data',
  'reflections',
  'courses',
  'sessions',
  'digest',
  'plans',
  'ledger',
];

/** A real calendar day written `YYYY-MM-DD`. */
function isLocalDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A year StudyTrail can hold rows of (none are older than 2000), written with four digits. */
function isYear(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 2000;
}

/** The route of a hash; anything unknown (an old bookmark, a typo, no hash) is the start view, the week. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#!?/, '').split('?')[0] ?? '';
  const [view, argument] = path.split('/').filter((part) => part !== '');
  if (view === 'settings') return { view: 'settings' };
  if (view === 'year')
    return argument !== undefined && isYear(argument)
      ? { view: 'year', year: Number(argument) }
      : { view: 'year' };
  if (view === 'data') return { view: 'data' };
  if (view === 'plans') return { view: 'plans' };
  if (view === 'reflections') return { view: 'reflections' };
  // The welcome guide is opened on install and from Settings, not listed in the navigation.
  if (view === 'courses' || view === 'sessions' || view === 'welcome' || view === 'ledger') return { view };
  if (view === 'digest') {
    if (argument !== undefined && isLocalDate(argument)) return { view: 'digest', weekStart: argument };
    return { view: 'digest' };
  }
  if (view === 'week' && argument !== undefined && isLocalDate(argument))
    return { view: 'week', weekStart: argument };
  return { view: 'week' };
}

/** The hash that leads to a route, for links. */
export function routeHash(route: Route): string {
  if (route.view === 'digest' && route.weekStart) return `#/digest/${route.weekStart}`;
  if (route.view === 'week' && route.weekStart) return `#/week/${route.weekStart}`;
  if (route.view === 'year' && route.year !== undefined) return `#/year/${route.year}`;
  return `#/${route.view}`;
}
