import { TZDate } from '@date-fns/tz';
import { type Locale, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import { resolveTimeZone } from '@/storage/tracking/local-day';
import { isoWeekOf, lastFullWeek } from '@/storage/tracking/weeks';

interface Props {
  locale: Locale;
  /** Local `YYYY-MM-DD` from the route; the digest is of the ISO week containing it. */
  weekStart?: string;
  settings: Settings;
}

/** Where the Digest view goes (it is being written separately): says which week it will show. */
export function DigestSlot({ locale, weekStart, settings }: Props) {
  const timeZone = resolveTimeZone(settings.timeZone);
  const [year, month, day] = (weekStart ?? '').split('-').map(Number);
  const week =
    year && month && day
      ? isoWeekOf(new TZDate(year, month - 1, day, 12, 0, 0, timeZone).getTime(), timeZone)
      : lastFullWeek(Date.now(), timeZone);
  return (
    <section class="panel" aria-labelledby="digest-heading">
      <h2 id="digest-heading">{translate(locale, 'nav_digestHeading')}</h2>
      <p data-testid="digest-week">{translate(locale, 'nav_digestWeek', week.start, week.end)}</p>
    </section>
  );
}
