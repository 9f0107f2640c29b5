import { displayMinutes } from '@/storage/digest/minutes';
import type { Snapshot } from '@/storage/schemas/snapshot';
import { format, type Strings } from './strings';

/** Monday-first weekday index of a local `YYYY-MM-DD` day (calendar arithmetic, no time zone). */
function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

/**
 * Minutes per day as small SVG bars (hidden from assistive technology) with a list that says the
 * same in words. Weekday labels under the bars for a week or less.
 */
export function DayBars({ perDay, t }: { perDay: Snapshot['perDay']; t: Strings }) {
  const days = perDay.slice(0, 62);
  const names = t.weekdays.split(' ');
  const max = Math.max(1, ...days.map((day) => day.minutes));
  const label = (date: string) => `${names[weekdayIndex(date)] ?? ''} ${date}`;
  return (
    <div>
      <h3>{t.perDay}</h3>
      <svg viewBox={`0 0 ${days.length * 10} 40`} preserveAspectRatio="none" aria-hidden="true">
        {days.map((day, i) => {
          const height = day.minutes > 0 ? Math.max(2, (day.minutes / max) * 40) : 1;
          return (
            <rect
              key={day.date}
              class={day.minutes > 0 ? undefined : 'e'}
              x={i * 10 + 2}
              y={40 - height}
              width="6"
              height={height}
            />
          );
        })}
      </svg>
      {days.length <= 7 && (
        <div class="d" aria-hidden="true">
          {days.map((day) => (
            <span key={day.date}>{names[weekdayIndex(day.date)]}</span>
          ))}
        </div>
      )}
      <ul class="sr">
        {days.map((day) => (
          <li key={day.date}>
            {format(t.dayMinutes, { day: label(day.date), minutes: displayMinutes(day.minutes) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
