/** One plan as the reminders see it: plans-core's figures for `now`. */
export interface ReminderPlan {
  id: string;
  name: string;
  /** Local `YYYY-MM-DD`, the last day that counts. */
  deadline: string;
  done: boolean;
  /** Minutes a week needed from now to make the deadline. */
  paceNeededMinutes: number;
}

export type ReminderKind = 'pace-above-best' | 'week-before-deadline';

export interface DueReminder {
  planId: string;
  planName: string;
  kind: ReminderKind;
  /** The key it is remembered by, so the same condition never notifies twice. */
  key: string;
}

const DAY_MS = 86_400_000;

/** Whole days from `today` to `deadline`, both local dates. */
function daysUntil(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The plan reminders due today that were not sent before: when the weekly pace needed passes the most
 * the learner ever did in a week (only once there is a best week), and seven days or less before the
 * deadline. A done plan, or one past its deadline, reminds of nothing. A reminder is keyed by its plan, kind
 * and deadline: a moved deadline may remind again, the same one never.
 */
export function dueReminders(
  plans: readonly ReminderPlan[],
  bestWeekMinutes: number,
  today: string,
  sent: ReadonlySet<string>,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const plan of plans) {
    const left = daysUntil(today, plan.deadline);
    if (plan.done || left < 0) continue;
    const candidates: ReminderKind[] = [];
    if (bestWeekMinutes > 0 && plan.paceNeededMinutes > bestWeekMinutes) candidates.push('pace-above-best');
    if (left <= 7) candidates.push('week-before-deadline');
    for (const kind of candidates) {
      const key = `${plan.id}|${kind}|${plan.deadline}`;
      if (!sent.has(key)) due.push({ planId: plan.id, planName: plan.name, kind, key });
    }
  }
  return due;
}
