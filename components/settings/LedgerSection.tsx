import { LiveNotices } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { SaveSettings } from './save-settings';
import { useSaveNotice } from './use-save-notice';

interface Props {
  locale: Locale;
  organisesTraining: boolean;
  save: SaveSettings;
}

/** "I organise a training": adds the ledger (参训台账) view, where an organiser collects learners' digests. */
export function LedgerSection({ locale, organisesTraining, save }: Props) {
  const t = (key: MessageKey) => translate(locale, key);
  const { notice, saveChange } = useSaveNotice(locale, save);
  return (
    <section class="panel" aria-labelledby="ledger-settings-heading">
      <h2 id="ledger-settings-heading">{t('settings_ledgerHeading')}</h2>
      <div class="field checkbox">
        <input
          id="organises-training"
          type="checkbox"
          checked={organisesTraining}
          aria-describedby="organises-training-hint"
          onChange={(event) => saveChange({ organisesTraining: event.currentTarget.checked })}
        />
        <label for="organises-training">{t('settings_ledgerToggle')}</label>
        <p id="organises-training-hint" class="hint">
          {t('settings_ledgerHint')}
        </p>
      </div>
      {organisesTraining && (
        <p>
          <a href="#/ledger">{t('settings_ledgerOpen')}</a>
        </p>
      )}
      <LiveNotices notice={notice} />
    </section>
  );
}
