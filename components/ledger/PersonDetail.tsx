import { useState } from 'preact/hooks';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type DurationUnit, formatDuration } from '@/storage/format-duration';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { personDetail } from '@/storage/ledger/queries';
import { ledgerStatusText } from '@/storage/ledger/status-text';
import type { LedgerData, LedgerPerson } from '@/storage/ledger/types';
import { FileList } from './FileList';
import type { LedgerActions } from './ledger-actions';
import { PlanProgress } from './PlanProgress';

const PINNED_BY: Record<NonNullable<LedgerPerson['pinnedBy']>, MessageKey> = {
  roster: 'ledger_pinnedBy_roster',
  'first-file': 'ledger_pinnedBy_firstFile',
  organiser: 'ledger_pinnedBy_organiser',
};

interface Props {
  locale: Locale;
  data: LedgerData;
  personId: string;
  unit: DurationUnit;
  actions: Pick<LedgerActions, 'acceptNewKey'>;
  onBack: () => void;
}

/** One person: their weeks, plan progress, reflections and cases, the key their files are pinned to, and files. */
export function PersonDetail({ locale, data, personId, unit, actions, onBack }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [notice, setNotice] = useState<Notice>(null);
  const detail = personDetail(data, personId, { classHourMinutes: unit.classHourMinutes });
  const back = (
    <button type="button" onClick={onBack}>
      {t('ledger_backToTable')}
    </button>
  );
  if (!detail)
    return (
      <section class="ledger-section">
        <p role="alert">{t('ledger_personGone')}</p>
        {back}
      </section>
    );
  const { person, weeks, files, totals, plans } = detail;
  const hasNewKey = files.some((file) => file.status === 'new-key');
  const acceptKey = async () => {
    try {
      await actions.acceptNewKey(person.id);
      setNotice({ kind: 'status', text: t('ledger_keyAccepted') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('ledger_keyAcceptFailed', String(error)) });
    }
  };
  const time = (minutes: number) => formatDuration(minutes, unit, locale);

  return (
    <section class="ledger-section" aria-labelledby="ledger-person-heading" data-testid="ledger-person">
      {back}
      <h2 id="ledger-person-heading" tabIndex={-1}>
        {person.name}
      </h2>
      <dl class="ledger-facts">
        <dt>{t('ledger_staffNo')}</dt>
        <dd>{person.staffNo ?? '—'}</dd>
        <dt>{t('ledger_unit')}</dt>
        <dd>{person.unit || '—'}</dd>
        <dt>{t('ledger_fingerprint')}</dt>
        <dd>
          <span class="code" data-testid="ledger-person-fingerprint">
            {person.pinnedFingerprint ?? t('ledger_noKey')}
          </span>
          {person.pinnedBy && <span class="muted"> {t(PINNED_BY[person.pinnedBy])}</span>}
        </dd>
        <dt>{t('ledger_totalTime')}</dt>
        <dd>{time(totals.minutes)}</dd>
        <dt>{t('ledger_reflections')}</dt>
        <dd>{totals.reflections}</dd>
        <dt>{t('ledger_cases')}</dt>
        <dd>{totals.cases}</dd>
      </dl>
      <p class="hint">{t('ledger_signatureMeaning')}</p>
      {hasNewKey && (
        <p class="warning">
          {t('ledger_newKeyWarning')}{' '}
          <button type="button" onClick={() => void acceptKey()}>
            {t('ledger_acceptKey')}
          </button>
        </p>
      )}
      <LiveNotices notice={notice} />
      <h3>{t('ledger_personWeeks')}</h3>
      {weeks.length === 0 ? (
        <p class="muted">{t('ledger_personNoWeeks')}</p>
      ) : (
        <div class="table-scroll">
          <table class="stats-table" data-testid="ledger-person-weeks">
            <caption class="visually-hidden">{t('ledger_personWeeks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger_week')}</th>
                <th scope="col">{t('ledger_time')}</th>
                <th scope="col">{t('ledger_goal')}</th>
                <th scope="col">{t('ledger_days')}</th>
                <th scope="col">{t('ledger_reflections')}</th>
                <th scope="col">{t('ledger_cases')}</th>
                <th scope="col">{t('ledger_fileStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.id} data-week={week.weekStart}>
                  <th scope="row">{t('ledger_weekOf', week.weekStart)}</th>
                  <td data-minutes={week.minutes}>{time(week.minutes)}</td>
                  <td>{week.goalMinutes > 0 ? time(week.goalMinutes) : '—'}</td>
                  <td>{week.daysStudied}</td>
                  <td>{week.reflectionCount}</td>
                  <td>{week.caseCount}</td>
                  <td>{ledgerStatusText(locale, week.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('ledger_personPlans')}</h3>
      <PlanProgress locale={locale} plans={plans} unit={unit} />
      <h3>{t('ledger_personFiles')}</h3>
      <FileList locale={locale} data={data} personId={person.id} />
    </section>
  );
}
