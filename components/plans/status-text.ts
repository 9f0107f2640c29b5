import type { MessageKey } from '@/storage/i18n';
import type { PlanStatus } from '@/storage/plans';

/** Each plan status in words. */
export const STATUS_TEXT: Record<PlanStatus, MessageKey> = {
  'on-track': 'plans_status_onTrack',
  behind: 'plans_status_behind',
  done: 'plans_status_done',
  'not-started': 'plans_status_notStarted',
  ended: 'plans_status_overdue',
};
