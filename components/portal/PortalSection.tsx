import { useRef, useState } from 'preact/hooks';
import { useManagedPolicy } from '@/components/managed/use-managed-policy';
import { LiveNotices, type Notice } from '@/components/rules/LiveNotices';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { isManagedOrigin } from '@/storage/managed/apply-managed-policy';
import { originsForRule } from '@/storage/platforms/rule-origins';
import { normalizeStoredOrigin, patternForOrigin, patternsToRelease } from '@/storage/portal/portal-origin';
import type { Settings } from '@/storage/schemas/settings';
import { PortalOriginForm } from './PortalOriginForm';
import { PortalOriginRow } from './PortalOriginRow';
import type { PortalActions } from './portal-actions';
import { ShareLevelChoice } from './ShareLevelChoice';
import { useGrantedOrigins } from './use-granted-origins';

interface Props {
  locale: Locale;
  settings: Pick<Settings, 'portalOrigins' | 'portalSharingOff' | 'shareLevel'>;
  actions: PortalActions;
}

/** Stored entries that mean this origin (an entry stored by hand may be a longer address). */
const isOrigin = (origin: string) => (entry: string) => (normalizeStoredOrigin(entry) ?? entry) === origin;
const without = (list: readonly string[], origin: string) => list.filter((entry) => !isOrigin(origin)(entry));

/** Host patterns of the user's platform rules: permissions a portal removal must not take from them. */
function rulePatterns(settings: Settings): string[] {
  return settings.customRules.flatMap((rule) => {
    try {
      return originsForRule(rule);
    } catch {
      return [];
    }
  });
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The school portals that may show the learner's progress (docs/architecture.md sections 5 and 7): add one (its
 * host permission is asked at that moment), switch its sharing off, remove it; what they see; and this
 * week's snapshot as a file for portals that host files instead.
 */
export function PortalSection({ locale, settings, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [notice, setNotice] = useState<Notice>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const failed = (key: MessageKey) => (error: unknown) =>
    setNotice({ kind: 'alert', text: t(key, reason(error)) });
  const policy = useManagedPolicy();
  // The school's portals are listed even before the background has written them into the settings.
  const origins = [
    ...new Set([
      ...settings.portalOrigins.map((entry) => normalizeStoredOrigin(entry) ?? entry),
      ...policy.portalOrigins,
    ]),
  ];
  const sharingOff = new Set(settings.portalSharingOff.map((entry) => normalizeStoredOrigin(entry) ?? entry));
  const { granted, recheck } = useGrantedOrigins(origins, actions.hasOrigins);

  // Called synchronously from the form's submit handler: the permission prompt keeps the user gesture.
  const onAdd = (origin: string): Promise<boolean> => {
    setNotice(null);
    if (origins.includes(origin)) {
      setNotice({ kind: 'status', text: t('portal_already', origin) });
      return Promise.resolve(false);
    }
    return actions
      .requestOrigins([patternForOrigin(origin)])
      .then(async (granted) => {
        if (!granted) {
          setNotice({ kind: 'alert', text: t('portal_denied', origin) });
          return false;
        }
        await actions.updatePortal((current) => ({
          portalOrigins: [...without(current.portalOrigins, origin), origin],
          portalSharingOff: without(current.portalSharingOff, origin),
        }));
        setNotice({ kind: 'status', text: t('portal_added', origin) });
        recheck();
        return true;
      })
      .catch((error: unknown) => {
        failed('portal_actionFailed')(error);
        return false;
      });
  };

  // Called synchronously from the click: the permission prompt keeps the user gesture.
  const onGrant = (origin: string) => {
    setNotice(null);
    actions.requestOrigins([patternForOrigin(origin)]).then((ok) => {
      if (ok) recheck();
      else setNotice({ kind: 'alert', text: t('portal_denied', origin) });
    }, failed('portal_actionFailed'));
  };

  const onShareChange = (origin: string, sharing: boolean) => {
    setNotice(null);
    actions
      .updatePortal((current) => ({
        portalSharingOff: sharing
          ? without(current.portalSharingOff, origin)
          : [...without(current.portalSharingOff, origin), origin],
      }))
      .then(() => setNotice({ kind: 'status', text: t('settings_saved') }), failed('portal_actionFailed'));
  };

  const onRemove = (origin: string) => {
    setNotice(null);
    if (isManagedOrigin(policy, origin)) return;
    actions
      .updatePortal((current) => ({
        portalOrigins: without(current.portalOrigins, origin),
        portalSharingOff: without(current.portalSharingOff, origin),
      }))
      .then((saved) => {
        setNotice({ kind: 'status', text: t('portal_removed', origin) });
        headingRef.current?.focus();
        // Least privilege: the host goes back unless another portal or a platform rule still needs it.
        const release = patternsToRelease(origin, saved.portalOrigins, rulePatterns(saved));
        actions
          .releaseOrigins(release)
          .catch((error: unknown) => console.error('StudyTrail: host permission not released', error));
      }, failed('portal_actionFailed'));
  };

  const onShareLevel = (shareLevel: Settings['shareLevel']) => {
    setNotice(null);
    actions
      .updatePortal(() => ({ shareLevel }))
      .then(() => setNotice({ kind: 'status', text: t('settings_saved') }), failed('portal_actionFailed'));
  };

  const onSaveSnapshot = () => {
    setNotice(null);
    actions.saveSnapshot().then((fileName) => {
      setNotice(
        fileName === undefined
          ? { kind: 'status', text: t('portal_snapshotNoData') }
          : { kind: 'status', text: t('portal_snapshotSaved', fileName) },
      );
    }, failed('portal_snapshotFailed'));
  };

  return (
    <section class="panel portal-section" aria-labelledby="portal-heading">
      <h2 id="portal-heading" ref={headingRef} tabIndex={-1}>
        {t('portal_heading')}
      </h2>
      <p class="hint">{t('portal_hint')}</p>
      {origins.length === 0 ? (
        <p class="muted">{t('portal_empty')}</p>
      ) : (
        <ul class="portal-list" aria-label={t('portal_listLabel')}>
          {origins.map((origin) => (
            <PortalOriginRow
              key={origin}
              locale={locale}
              origin={origin}
              sharing={!sharingOff.has(origin)}
              granted={granted[origin]}
              onShareChange={(sharing) => onShareChange(origin, sharing)}
              onGrant={() => onGrant(origin)}
              onRemove={() => onRemove(origin)}
              managed={isManagedOrigin(policy, origin)}
            />
          ))}
        </ul>
      )}
      <PortalOriginForm locale={locale} onAdd={onAdd} />
      <ShareLevelChoice locale={locale} level={settings.shareLevel} onChange={onShareLevel} />
      <h3>{t('portal_snapshotHeading')}</h3>
      <p class="hint">{t('portal_snapshotHint')}</p>
      <button type="button" id="portal-save-snapshot" onClick={onSaveSnapshot}>
        {t('portal_snapshotSave')}
      </button>
      <LiveNotices notice={notice} />
    </section>
  );
}
