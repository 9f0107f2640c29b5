import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import type { ShareLevel } from '@/storage/schemas/snapshot';

const LEVELS: readonly [ShareLevel, MessageKey][] = [
  ['minutes', 'portal_shareMinutes'],
  ['courses', 'portal_shareCourses'],
  ['topics', 'portal_shareTopics'],
];

interface Props {
  locale: Locale;
  level: ShareLevel;
  onChange: (level: ShareLevel) => void;
}

/** How much of the week the portals (and the snapshot file) get. */
export function ShareLevelChoice({ locale, level, onChange }: Props) {
  const t = (key: MessageKey) => translate(locale, key);
  return (
    <fieldset class="choices">
      <legend>{t('portal_shareLevel')}</legend>
      {LEVELS.map(([value, key]) => (
        <div key={value} class="choice">
          <input
            id={`share-level-${value}`}
            type="radio"
            name="share-level"
            value={value}
            checked={level === value}
            onChange={() => onChange(value)}
          />
          <label for={`share-level-${value}`}>{t(key)}</label>
        </div>
      ))}
    </fieldset>
  );
}
