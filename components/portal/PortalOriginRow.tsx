import { SetBySchool } from '@/components/managed/SetBySchool';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';

interface Props {
  locale: Locale;
  origin: string;
  sharing: boolean;
  /** Whether the browser still grants the portal's host; undefined while unknown. */
  granted: boolean | undefined;
  onShareChange: (sharing: boolean) => void;
  /** Must ask for the permission synchronously: the prompt needs the click. */
  onGrant: () => void;
  onRemove: () => void;
  /** Set by the school's policy: marked so, and the learner cannot remove it. */
  managed?: boolean;
}

/**
 * One allowed portal: whether it gets the snapshot now, a warning when its host permission was taken back,
 * and removal (it stops getting anything at once).
 */
export function PortalOriginRow({
  locale,
  origin,
  sharing,
  granted,
  onShareChange,
  onGrant,
  onRemove,
  managed = false,
}: Props) {
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
      {granted === false && managed && (
        <p class="hint">
          {t('managed_portalNeedsGrant')}{' '}
          <button type="button" aria-label={t('managed_grantLabel', origin)} onClick={onGrant}>
            {t('managed_grant')}
          </button>
        </p>
      )}
      {granted === false && !managed && (
        <p class="warning">
          {t('portal_permissionMissing')}{' '}
          <button type="button" aria-label={t('portal_grantLabel', origin)} onClick={onGrant}>
            {t('portal_grant')}
          </button>
        </p>
      )}
      <div class="actions">
        {managed ? (
          <SetBySchool locale={locale} />
        ) : (
          <button type="button" aria-label={t('portal_removeLabel', origin)} onClick={onRemove}>
            {t('portal_remove')}
          </button>
        )}
      </div>
    </li>
  );
}
