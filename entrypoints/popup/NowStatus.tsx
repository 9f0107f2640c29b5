import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { NotTrackingReason, NowStatus as Status } from './now-status';

const REASON_TEXT: Record<NotTrackingReason, MessageKey> = {
  'write-failing': 'whyWriteFailing',
  paused: 'whyPaused',
  locked: 'whyLocked',
  'not-platform': 'whyNotPlatform',
  'platform-off': 'whyPlatformOff',
  idle: 'whyIdle',
};

const KIND_TEXT = {
  input: 'trackingKindInput',
  media: 'trackingKindMedia',
  'background-audio': 'trackingKindAudio',
} as const;

/** Whether the active tab counts now, and in plain words why not when it does not. */
export function NowStatus({ locale, status }: { locale: Locale; status: Status | undefined }) {
  const t = (key: MessageKey) => translate(locale, key);
  if (!status) return null;
  if (status.state === 'tracking')
    return (
      <section class="now tracking" data-testid="now-status" data-state="tracking" aria-live="polite">
        <h2>{t('trackingNowHeading')}</h2>
        <p>{t(KIND_TEXT[status.tracking.kind])}</p>
      </section>
    );
  return (
    <section
      class="now"
      data-testid="now-status"
      data-state="not-tracking"
      data-reason={status.reason}
      aria-live="polite"
    >
      <h2>{t('notTrackingHeading')}</h2>
      <p>{t(REASON_TEXT[status.reason])}</p>
    </section>
  );
}
