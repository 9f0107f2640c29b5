import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { type Route, routeHash, VIEWS, type View } from './route';

/** The name of each view, in the navigation and as the page's heading and title. */
export const VIEW_NAMES: Record<View, MessageKey> = {
  week: 'nav_week',
  year: 'nav_year',
  settings: 'nav_settings',
  data: 'nav_data',
  reflections: 'nav_reflections',
  courses: 'nav_courses',
  sessions: 'nav_sessions',
  welcome: 'nav_welcome',
  digest: 'nav_digest',
  ledger: 'nav_ledger',
  plans: 'nav_plans',
};

interface Props {
  locale: Locale;
  route: Route;
  /** The setting "I organise a training": the ledger is listed only then. */
  organiser?: boolean;
}

/** Links to the dashboard's views; the current one is marked for assistive technology and by style. */
export function DashboardNav({ locale, route, organiser = false }: Props) {
  return (
    <nav class="views" aria-label={translate(locale, 'nav_label')}>
      <ul>
        {VIEWS.filter((view) => view !== 'ledger' || organiser).map((view) => (
          <li key={view}>
            <a href={routeHash({ view })} aria-current={route.view === view ? 'page' : undefined}>
              {translate(locale, VIEW_NAMES[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
