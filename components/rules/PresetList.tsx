import { useState } from 'preact/hooks';
import { SetBySchool } from '@/components/managed/SetBySchool';
import { useManagedPolicy } from '@/components/managed/use-managed-policy';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { isManagedPlatform } from '@/storage/managed/apply-managed-policy';
import type { PlatformRule } from '@/storage/schemas/platform-rule';
import { LiveNotices, type Notice } from './LiveNotices';
import type { RuleActions } from './rule-actions';

interface Props {
  locale: Locale;
  presets: readonly PlatformRule[];
  /** Preset id → enabled; a preset missing here is enabled. */
  enabledPlatforms: Record<string, boolean>;
  actions: Pick<RuleActions, 'setPresetEnabled'>;
}

/** The built-in platforms, each with a switch: off stops counting time there. */
export function PresetList({ locale, presets, enabledPlatforms, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [notice, setNotice] = useState<Notice>(null);
  const policy = useManagedPolicy();

  const onToggle = (preset: PlatformRule) => (event: Event) => {
    const box = event.currentTarget as HTMLInputElement;
    const enabled = box.checked;
    setNotice(null);
    actions.setPresetEnabled(preset.id, enabled).catch((error: unknown) => {
      box.checked = !enabled;
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ kind: 'alert', text: t('ruleActionFailed', reason) });
    });
  };

  return (
    <section class="presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t('presetsHeading')}</h2>
      <p class="hint">{t('presetsHint')}</p>
      <LiveNotices notice={notice} />
      <ul class="preset-list">
        {presets.map((preset) => {
          const id = `preset-enabled-${preset.id}`;
          // A platform the school keeps on counts whatever the switch says; it is shown on and locked.
          const managed = isManagedPlatform(policy, preset.id);
          return (
            <li key={preset.id} class="toggle">
              <input
                id={id}
                type="checkbox"
                checked={managed || enabledPlatforms[preset.id] !== false}
                disabled={managed}
                aria-describedby={managed ? `${id}-managed` : undefined}
                onChange={onToggle(preset)}
              />
              <label for={id}>{t('platformToggle', preset.name)}</label>
              {managed && <SetBySchool locale={locale} id={`${id}-managed`} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
