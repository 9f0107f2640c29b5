import { type Locale, translate } from '@/storage/i18n';
import { NO_FILTER, type ReflectionFilter } from './reflection-filter';

interface Props {
  locale: Locale;
  filter: ReflectionFilter;
  topics: string[];
  courses: { key: string; title: string }[];
  onChange: (filter: ReflectionFilter) => void;
}

/** Search and filters of the Reflections view; every change applies at once. */
export function ReflectionFilters({ locale, filter, topics, courses, onChange }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const set = <K extends keyof ReflectionFilter>(name: K, value: ReflectionFilter[K]) =>
    onChange({ ...filter, [name]: value });
  return (
    <div class="reflection-filters">
      <form aria-label={t('reflections_filters')} onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="reflections-search">{t('reflections_search')}</label>
          <input
            id="reflections-search"
            type="search"
            value={filter.query}
            autocomplete="off"
            onInput={(event) => set('query', event.currentTarget.value)}
          />
        </div>
        <div class="filter-row">
          <div class="field">
            <label for="reflections-topic">{t('reflections_topic')}</label>
            <select
              id="reflections-topic"
              value={filter.topic}
              onChange={(event) => set('topic', event.currentTarget.value)}
            >
              <option value="">{t('reflections_any')}</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {topic}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="reflections-course">{t('reflections_course')}</label>
            <select
              id="reflections-course"
              value={filter.courseKey}
              onChange={(event) => set('courseKey', event.currentTarget.value)}
            >
              <option value="">{t('reflections_any')}</option>
              {courses.map((course) => (
                <option key={course.key} value={course.key}>
                  {course.title}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="reflections-from">{t('reflections_from')}</label>
            <input
              id="reflections-from"
              type="date"
              value={filter.from}
              onInput={(event) => set('from', event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="reflections-to">{t('reflections_to')}</label>
            <input
              id="reflections-to"
              type="date"
              value={filter.to}
              onInput={(event) => set('to', event.currentTarget.value)}
            />
          </div>
        </div>
        <div class="filter-row">
          <div class="field checkbox">
            <input
              id="reflections-case-only"
              type="checkbox"
              checked={filter.caseOnly}
              onChange={(event) => set('caseOnly', event.currentTarget.checked)}
            />
            <label for="reflections-case-only">{t('reflections_caseOnly')}</label>
          </div>
          <button type="button" class="clear-filters" onClick={() => onChange(NO_FILTER)}>
            {t('reflections_clearFilters')}
          </button>
        </div>
      </form>
    </div>
  );
}
