/** The themes of the counselors' AI training (辅导员人工智能专题培训): always among the topic suggestions. */
export const TRAINING_THEMES: readonly string[] = [
  'AI 与网络舆情研判',
  '智能工具辅助个性化学生管理',
  '人工智能伦理与学生隐私保护',
  '生成式 AI 对大学生思想行为的影响及引导',
  'AI 心理健康预警',
  '就业指导与数据分析',
  '辅导员数字素养',
];

/** A topic is at most 50 characters (the row schema); longer titles are cut at a character boundary. */
export const TOPIC_MAX = 50;

export function asTopic(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, TOPIC_MAX).join('').trim();
}

/**
 * Topic suggestions, without duplicates and in this order: the course and lesson titles, the learner's
 * earlier topics, then the training's themes.
 */
export function topicSuggestions(input: {
  courseTitle: string;
  lessonTitle: string;
  earlierTopics: readonly string[];
}): string[] {
  const all = [input.courseTitle, input.lessonTitle, ...input.earlierTopics, ...TRAINING_THEMES].map(asTopic);
  return [...new Set(all.filter((topic) => topic.length > 0))];
}
