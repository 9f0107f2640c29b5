import { type Locale, type MessageKey, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  origin: string;
  sharing: boolean;
  onShareChange: (sharing: boolean) => void;
  onRemove: () => void;
}

/** One allowed portal: whether it gets the snapshot now, and removal (it stops getting anything at once). */
export function PortalOriginRow({ locale, origin, sharing, onShareChange, onRemove }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const id = `portal-share-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li class="portal">
      <div class="toggle">
        <input
          id={id}
          type="checkbox"
          checked={sharing}
          onChange={(event) => onShareChange(event.currentTarget.checked)}
        />
        <label for={id}>{t('portal_share', origin)}</label>
      </div>
      {!sharing && <p class="muted">{t('portal_sharingOff')}</p>}
      <div class="actions">
        <button type="button" aria-label={t('portal_removeLabel', origin)} onClick={onRemove}>
          {t('portal_remove')}
        </button>
      </div>
    </li>
  );
}
