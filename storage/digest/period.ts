import type { Digest } from '../schemas/digest';
import { addCalendarDays } from './calendar';

/** The weekly goal scaled to the period's length (days / 7), in minutes with one decimal. */
export function periodGoalMinutes(digest: Pick<Digest, 'goal' | 'perDay'>): number {
  return Math.round((digest.goal.weeklyMinutes * digest.perDay.length * 10) / 7) / 10;
}

/** The same number of days just before the period: what `previous` compares with. */
export function previousPeriod(digest: Pick<Digest, 'period' | 'perDay'>): { start: string; end: string } {
  return {
    start: addCalendarDays(digest.period.start, -digest.perDay.length),
    end: addCalendarDays(digest.period.start, -1),
  };
}
