import { type Locale, type MessageKey, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  /** The toast's text keys: what was deleted, the Undo button, the dismiss button's name. */
  keys: { deleted: MessageKey; undo: MessageKey; dismiss: MessageKey };
  testId: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted" with Undo, announced politely; the view removes it after its time runs out. */
export function UndoToast({ locale, keys, testId, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status" data-testid={testId}>
      <span>{translate(locale, keys.deleted)}</span>
      <button type="button" onClick={onUndo}>
        {translate(locale, keys.undo)}
      </button>
      <button type="button" onClick={onDismiss} aria-label={translate(locale, keys.dismiss)}>
        ×
      </button>
    </div>
  );
}
