import { useState } from 'preact/hooks';
import type { Notice } from '@/components/rules/LiveNotices';
import { type Locale, translate } from '@/storage/i18n';
import type { Settings } from '@/storage/schemas/settings';
import type { SaveSettings } from './save-settings';

type Outcome = { saved: true } | { saved: false; reason: string } | null;

/**
 * Saves a change and says so: "Saved." as a status, or why not as an alert. The text follows the current
 * locale, so changing the language announces "Saved." in the new one.
 */
export function useSaveNotice(
  locale: Locale,
  save: SaveSettings,
): { notice: Notice; saveChange: (change: Partial<Settings>) => void } {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const saveChange = (change: Partial<Settings>) => {
    setOutcome(null);
    save(change).then(
      () => setOutcome({ saved: true }),
      (error: unknown) =>
        setOutcome({ saved: false, reason: error instanceof Error ? error.message : String(error) }),
    );
  };
  let notice: Notice = null;
  if (outcome?.saved) notice = { kind: 'status', text: translate(locale, 'settings_saved') };
  else if (outcome)
    notice = { kind: 'alert', text: translate(locale, 'settings_saveFailed', outcome.reason) };
  return { notice, saveChange };
}
