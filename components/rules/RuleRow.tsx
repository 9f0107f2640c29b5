import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { originsForRule, originsToRelease } from '@/storage/platforms/rule-origins';
import { checkMatchPattern } from '@/storage/platforms/validate-rule';
import type { CustomRule } from '@/storage/schemas/settings';
import type { Notice } from './LiveNotices';
import type { RuleActions } from './rule-actions';

interface Props {
  locale: Locale;
  rule: CustomRule;
  /** Whether the browser granted the rule's hosts; undefined while unknown. */
  granted: boolean | undefined;
  actions: RuleActions;
  onEdit: (rule: CustomRule) => void;
  onNotice: (notice: Notice) => void;
  onDeleted: (rule: CustomRule) => void;
  onPermissionChanged: () => void;
}

/** A rule stored before validation existed may have a pattern without a host: it asks for nothing. */
function safeOrigins(rule: CustomRule): string[] {
  try {
    return originsForRule(rule);
  } catch {
    return [];
  }
}

/** The first pattern a rule may not use now (a restored rule broader than one domain, say), with why. */
function refusedPattern(rule: CustomRule): { key: MessageKey; pattern: string } | undefined {
  for (const pattern of rule.matches) {
    const key = checkMatchPattern(pattern);
    if (key) return { key, pattern };
  }
  return undefined;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One user rule: its on/off switch, patterns, a missing-permission warning, edit and delete (confirmed). */
export function RuleRow({
  locale,
  rule,
  granted,
  actions,
  onEdit,
  onNotice,
  onDeleted,
  onPermissionChanged,
}: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const origins = safeOrigins(rule);
  const refused = refusedPattern(rule);
  const refusedText = refused && t(refused.key, refused.pattern);
  const failed = (error: unknown) => onNotice({ kind: 'alert', text: t('ruleActionFailed', reason(error)) });
  const setEnabled = (enabled: boolean) =>
    actions.updateRules((rules) => rules.map((r) => (r.id === rule.id ? { ...r, enabled } : r)));

  const onToggle = (event: Event) => {
    const box = event.currentTarget as HTMLInputElement;
    const on = box.checked;
    const undo = () => {
      box.checked = rule.enabled;
    };
    if (!on) {
      setEnabled(false).catch((error) => {
        undo();
        failed(error);
      });
      return;
    }
    if (refusedText) {
      // Never ask the browser for hosts of a pattern the rule form would refuse.
      undo();
      onNotice({ kind: 'alert', text: refusedText });
      return;
    }
    // Asked in the change handler itself: the prompt needs the user's click.
    actions
      .requestOrigins(origins)
      .then(async (ok) => {
        if (!ok) {
          undo();
          onNotice({ kind: 'alert', text: t('ruleToggleDenied', origins.join(', '), rule.name) });
          return;
        }
        await setEnabled(true);
        onPermissionChanged();
      })
      .catch((error) => {
        undo();
        failed(error);
      });
  };

  const onGrant = () => {
    actions
      .requestOrigins(origins)
      .then((ok) => {
        if (ok) onPermissionChanged();
        else onNotice({ kind: 'alert', text: t('ruleToggleDenied', origins.join(', '), rule.name) });
      })
      .catch(failed);
  };

  const onConfirmDelete = async () => {
    let remaining: CustomRule[] = [];
    try {
      await actions.updateRules((rules) => {
        remaining = rules.filter((r) => r.id !== rule.id);
        return remaining;
      });
    } catch (error) {
      failed(error);
      return;
    }
    onDeleted(rule);
    // Least privilege: hosts no other rule needs go back; failing to give them back loses nothing.
    Promise.resolve()
      .then(() => actions.releaseOrigins(originsToRelease(rule, remaining)))
      .catch((error: unknown) => console.error('StudyTrail: host permission not released', error));
  };

  const toggleId = `rule-enabled-${rule.id}`;
  return (
    <li class="rule">
      <div class="toggle">
        <input id={toggleId} type="checkbox" checked={rule.enabled} onChange={onToggle} />
        <label for={toggleId}>{t('platformToggle', rule.name)}</label>
      </div>
      <p class="patterns">
        <span class="muted">{t('rulePatterns')}: </span>
        {rule.matches.map((pattern) => (
          <code key={pattern}>{pattern}</code>
        ))}
      </p>
      {refusedText && <p class="warning">{refusedText}</p>}
      {!refusedText && rule.enabled && granted === false && (
        <p class="warning">
          {t('rulePermissionMissing')}{' '}
          <button type="button" aria-label={t('ruleGrantLabel', rule.name)} onClick={onGrant}>
            {t('ruleGrant')}
          </button>
        </p>
      )}
      {confirming ? (
        <fieldset class="confirm">
          <legend>{t('ruleDeleteConfirm', rule.name)}</legend>
          <button type="button" class="danger" onClick={onConfirmDelete}>
            {t('ruleDeleteConfirmYes')}
          </button>
          <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" aria-label={t('ruleEditLabel', rule.name)} onClick={() => onEdit(rule)}>
            {t('ruleEdit')}
          </button>
          <button
            type="button"
            ref={deleteRef}
            aria-label={t('ruleDeleteLabel', rule.name)}
            onClick={() => setConfirming(true)}
          >
            {t('ruleDelete')}
          </button>
        </div>
      )}
    </li>
  );
}
