import { displayMinutes } from '@/storage/digest/minutes';
import type { Snapshot } from '@/storage/schemas/snapshot';
import { DayBars } from './day-bars';
import { PlanLine } from './plan-line';
import { format, type Strings } from './strings';

/** Long titles are cut for display (by code point, so no half surrogate pair). */
function shortText(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Whole minutes, and class hours of them with one decimal, as the extension's popup shows them. */
const whole = displayMinutes;
const classHours = (minutes: number, hour: number) => (whole(minutes) / hour).toFixed(1);

function TopList({ heading, items }: { heading: string; items: { text: string; value: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3>{heading}</h3>
      <ol>
        {items.map((item, i) => (
          // bdi isolates right-to-left overrides in a title from the rest of the line.
          <li key={i}>
            <bdi>{shortText(item.text)}</bdi>
            <span>{item.value}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The week against the goal, minutes per day, the streak, the nearest training plan, and top courses and
 * topics when shared.
 */
export function ProgressView({
  snapshot,
  goalMinutes,
  t,
}: {
  snapshot: Snapshot;
  goalMinutes?: number;
  t: Strings;
}) {
  const goal = whole(goalMinutes ?? snapshot.goalMinutes);
  const done = whole(snapshot.weekMinutes);
  const percent = goal > 0 ? Math.round((done / goal) * 100) : 0;
  const hour = snapshot.classHourMinutes;
  const total = hour
    ? format(t.classHoursOfGoal, { done: classHours(done, hour), goal: classHours(goal, hour) })
    : format(t.minutesOfGoal, { done, goal });
  const courses = [...(snapshot.courses ?? [])]
    .sort((a, b) => b.minutes - a.minutes)
    .slice(0, 3)
    .map((c) => ({ text: c.title, value: format(t.minutes, { minutes: whole(c.minutes) }) }));
  const topics = [...(snapshot.topics ?? [])]
    .sort((a, b) => b.count - a.count)
    .slice(0, 5)
    .map((topic) => ({ text: topic.topic, value: format(t.topicCount, { count: topic.count }) }));
  return (
    <div>
      <p class="m">{format(t.period, { start: snapshot.period.start, end: snapshot.period.end })}</p>
      <p class="big">{total}</p>
      {hour !== undefined && <p class="m">{format(t.minutesOfGoal, { done, goal })}</p>}
      <div
        class="meter"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(percent, 100)}
        aria-valuetext={format(t.percentOfGoal, { percent })}
      >
        <div style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      <p class="m">{format(t.percentOfGoal, { percent })}</p>
      <DayBars perDay={snapshot.perDay} t={t} />
      <p>{format(t.streak, { days: snapshot.currentStreakDays })}</p>
      {snapshot.plan && <PlanLine plan={snapshot.plan} t={t} />}
      <TopList heading={t.courses} items={courses} />
      <TopList heading={t.topics} items={topics} />
      <p class="m">{format(t.updated, { date: snapshot.generatedAt.slice(0, 10) })}</p>
    </div>
  );
}
