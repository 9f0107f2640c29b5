import { useEffect, useRef, useState } from 'preact/hooks';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { originsForRule } from '@/storage/platforms/rule-origins';
import type { CustomRule } from '@/storage/schemas/settings';
import { LiveNotices, type Notice } from './LiveNotices';
import { RuleForm, type SaveOutcome } from './RuleForm';
import { RuleRow } from './RuleRow';
import type { RuleActions } from './rule-actions';
import { useGrantedRules } from './use-granted-rules';

interface Props {
  locale: Locale;
  rules: readonly CustomRule[];
  actions: RuleActions;
  /** Parses selectors in the form; defaults to the page's document. */
  doc?: Document;
}

type Editing = { mode: 'new' } | { mode: 'edit'; rule: CustomRule } | null;

/** The rule with this id replaced, or added at the end. */
function upsert(rules: CustomRule[], rule: CustomRule): CustomRule[] {
  return rules.some((r) => r.id === rule.id)
    ? rules.map((r) => (r.id === rule.id ? rule : r))
    : [...rules, rule];
}

/** The user's own platform rules (docs/architecture.md section 4): list, switch on and off, add, edit, delete. */
export function RulesSection({ locale, rules, actions, doc }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { granted, recheck } = useGrantedRules(rules, actions.hasOrigins);
  const addRef = useRef<HTMLButtonElement>(null);
  // Focus returns to "Add" once it is shown again (it is hidden while the form is open).
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd > 0) addRef.current?.focus();
  }, [focusAdd]);

  const closeForm = () => {
    setEditing(null);
    setFocusAdd((n) => n + 1);
  };

  // Called synchronously from the form's submit handler: the permission prompt keeps the user gesture.
  const onSave = (rule: CustomRule): Promise<SaveOutcome> =>
    actions.requestOrigins(originsForRule(rule)).then(async (ok) => {
      if (!ok) return 'denied';
      await actions.updateRules((current) => upsert(current, rule));
      recheck();
      closeForm();
      setNotice({ kind: 'status', text: t('ruleSaved', rule.name) });
      return 'saved';
    });

  return (
    <section class="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <p class="hint">{t('rulesHint')}</p>
      <LiveNotices notice={notice} />
      {rules.length === 0 ? (
        <p class="muted">{t('rulesEmpty')}</p>
      ) : (
        <ul class="rule-list">
          {rules.map((rule) => (
            <RuleRow
              key={rule.id}
              locale={locale}
              rule={rule}
              granted={granted[rule.id]}
              actions={actions}
              onEdit={(r) => {
                setNotice(null);
                setEditing({ mode: 'edit', rule: r });
              }}
              onNotice={setNotice}
              onDeleted={(r) => {
                if (editing?.mode === 'edit' && editing.rule.id === r.id) setEditing(null);
                setNotice({ kind: 'status', text: t('ruleDeleted', r.name) });
                setFocusAdd((n) => n + 1);
              }}
              onPermissionChanged={recheck}
            />
          ))}
        </ul>
      )}
      {editing ? (
        <RuleForm
          key={editing.mode === 'edit' ? editing.rule.id : 'new'}
          locale={locale}
          rule={editing.mode === 'edit' ? editing.rule : undefined}
          onSave={onSave}
          onCancel={closeForm}
          doc={doc}
        />
      ) : null}
      <button
        type="button"
        ref={addRef}
        class="primary"
        hidden={editing !== null}
        onClick={() => {
          setNotice(null);
          setEditing({ mode: 'new' });
        }}
      >
        {t('ruleAdd')}
      </button>
    </section>
  );
}
