import type { MessageKey } from '@/storage/i18n';
import type { ReflectionRow } from '@/storage/schemas/rows';
import type { ReflectionChanges } from './reflections-actions';

/** The limits of the `reflections` row schema (storage/schemas/rows.ts). */
export const TEXT_MAX = 5000;
export const TOPICS_MAX = 20;
export const TOPIC_MAX = 50;

/** The edit form's fields as typed. */
export interface EditFields {
  topics: string;
  learned: string;
  thought: string;
  apply: string;
  /** '' for no rating, else '1'…'5'. */
  rating: string;
  isCase: boolean;
}

/** Topics are typed separated by commas (ASCII or Chinese) or 、 or semicolons. */
const TOPIC_SEPARATOR = /[,，、;；\n]/;

export function fieldsOf(row: ReflectionRow): EditFields {
  return {
    topics: row.topics.join('、'),
    learned: row.learned,
    thought: row.thought,
    apply: row.apply,
    rating: row.rating === undefined ? '' : String(row.rating),
    isCase: row.isCase,
  };
}

export type FieldErrors = Partial<Record<'topics' | 'learned' | 'thought' | 'apply', MessageKey>>;

/** Lengths as the row schema measures them (UTF-16 code units). */
const length = (text: string) => text.length;

/** The changes the fields describe, or the message key of each field that breaks a limit. */
export function checkFields(fields: EditFields): { changes: ReflectionChanges } | { errors: FieldErrors } {
  const topics = [
    ...new Set(
      fields.topics
        .split(TOPIC_SEPARATOR)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
  const errors: FieldErrors = {};
  if (fields.learned.trim() === '') errors.learned = 'reflections_learnedRequired';
  else if (length(fields.learned) > TEXT_MAX) errors.learned = 'reflections_tooLong';
  if (length(fields.thought) > TEXT_MAX) errors.thought = 'reflections_tooLong';
  if (length(fields.apply) > TEXT_MAX) errors.apply = 'reflections_tooLong';
  if (topics.length > TOPICS_MAX) errors.topics = 'reflections_tooManyTopics';
  else if (topics.some((topic) => length(topic) > TOPIC_MAX)) errors.topics = 'reflections_topicTooLong';
  if (Object.keys(errors).length > 0) return { errors };
  const rating = fields.rating === '' ? undefined : Number(fields.rating);
  return {
    changes: {
      topics,
      learned: fields.learned,
      thought: fields.thought,
      apply: fields.apply,
      isCase: fields.isCase,
      rating,
    },
  };
}
