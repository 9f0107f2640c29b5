import { useLiveQuery } from '@/components/use-live-query';
import type { PlanGlance } from '@/storage/repositories/plan-glance';
import type { Settings } from '@/storage/schemas/settings';

export interface PopupPlan {
  /** The nearest deadline's plan; undefined while read or when there is none. */
  glance?: PlanGlance;
  /** The settings with the weekly goal a followed plan's pace sets, once known. */
  settings: Settings;
}

/**
 * The popup's plan figures, read only once `start` is true (after today's numbers are shown), so plans
 * never hold back the popup's first paint.
 */
export function usePopupPlan(now: number, settings: Settings, start: boolean): PopupPlan {
  const live = useLiveQuery(async () => {
    if (!start) return undefined;
    // Loaded on use: the plans arithmetic is not among the files the popup needs for its first paint.
    const { popupPlanFigures } = await import('@/storage/repositories/plan-glance');
    return popupPlanFigures(settings.goalFollowsPlan, now);
  }, [now, start, settings.goalFollowsPlan]);
  if (live.status !== 'ready' || !live.value) return { settings };
  const { glance, goal } = live.value;
  return { glance, settings: goal === undefined ? settings : { ...settings, weeklyGoalMinutes: goal } };
}
