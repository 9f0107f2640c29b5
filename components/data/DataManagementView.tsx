import type { Locale } from '@/storage/i18n';
import { BackupPanel } from './BackupPanel';
import type { DataActions } from './data-actions';
import { ErasePanel } from './ErasePanel';
import { RestorePanel } from './RestorePanel';
import { StoragePanel } from './StoragePanel';

interface Props {
  locale: Locale;
  actions: DataActions;
}

/**
 * The dashboard's Data view: whether the browser keeps the data, back up, restore, erase. Every write goes
 * through the background.
 */
export function DataManagementView({ locale, actions }: Props) {
  return (
    <>
      <StoragePanel locale={locale} storage={actions.storage} />
      <BackupPanel locale={locale} actions={actions} />
      <RestorePanel locale={locale} actions={actions} />
      <ErasePanel locale={locale} actions={actions} />
    </>
  );
}
