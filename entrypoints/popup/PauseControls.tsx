import { useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import { localDate } from '@/storage/tracking/local-day';
import { isPaused } from '@/storage/tracking/pause';
import { type PauseChoice, pauseEnd } from '@/storage/tracking/pause-end';

interface Props {
  locale: Locale;
  settings: Pick<Settings, 'paused' | 'pausedUntil'>;
  timeZone: string;
  now: number;
  /** Stores the change (the background applies it: closes segments, alarm, badge). */
  save: (change: Pick<Settings, 'paused' | 'pausedUntil'>) => Promise<unknown>;
}

const CHOICES: readonly { choice: PauseChoice; label: MessageKey }[] = [
  { choice: '15min', label: 'pause15Minutes' },
  { choice: '1hour', label: 'pause1Hour' },
  { choice: 'tomorrow', label: 'pauseUntilTomorrow' },
];

/** When a pause ends, in the user's zone: the time today, or the weekday and time on a later day. */
function endText(end: number, now: number, timeZone: string, locale: Locale): string {
  const sameDay = localDate(end, timeZone) === localDate(now, timeZone);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(end);
}

/** Pause tracking for 15 minutes, an hour or until local midnight; resume. */
export function PauseControls({ locale, settings, timeZone, now, save }: Props) {
  const t = (key: MessageKey, ...subs: string[]) => translate(locale, key, ...subs);
  const [failure, setFailure] = useState<string | undefined>();
  const store = (change: Pick<Settings, 'paused' | 'pausedUntil'>) => {
    setFailure(undefined);
    save(change).catch((error: unknown) =>
      setFailure(t('pauseSaveFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  const failed = failure && (
    <p role="alert" data-testid="pause-failed">
      {failure}
    </p>
  );
  if (isPaused(settings, now))
    return (
      <section class="pause" aria-labelledby="pause-heading" data-testid="pause" data-paused="true">
        <h2 id="pause-heading">{t('paused')}</h2>
        <p role="status" data-testid="paused-until">
          {settings.pausedUntil === undefined
            ? t('pausedUntilResumed')
            : t('pausedUntil', endText(settings.pausedUntil, now, timeZone, locale))}
        </p>
        <button
          type="button"
          class="primary"
          data-testid="resume"
          onClick={() => store({ paused: false, pausedUntil: undefined })}
        >
          {t('resumeTracking')}
        </button>
        {failed}
      </section>
    );
  return (
    <section class="pause" aria-labelledby="pause-heading" data-testid="pause" data-paused="false">
      <h2 id="pause-heading">{t('pauseHeading')}</h2>
      <div class="pause-choices">
        {CHOICES.map(({ choice, label }) => (
          <button
            key={choice}
            type="button"
            data-testid={`pause-${choice}`}
            onClick={() => store({ paused: true, pausedUntil: pauseEnd(choice, Date.now(), timeZone) })}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {failed}
    </section>
  );
}
