import type { Locale } from '@/storage/i18n';
import { BackupPanel } from './BackupPanel';
import type { DataActions } from './data-actions';
import { ErasePanel } from './ErasePanel';
import { RestorePanel } from './RestorePanel';

interface Props {
  locale: Locale;
  actions: DataActions;
}

/** The dashboard's Data view: back up, restore, erase. Every write goes through the background. */
export function DataManagementView({ locale, actions }: Props) {
  return (
    <>
      <BackupPanel locale={locale} actions={actions} />
      <RestorePanel locale={locale} actions={actions} />
      <ErasePanel locale={locale} actions={actions} />
    </>
  );
}
