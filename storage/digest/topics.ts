import type { DigestReflection } from '../schemas/digest';

/** How many reflections name each topic (trimmed; a topic repeated in one reflection counts once), most first. */
export function countTopics(
  reflections: readonly Pick<DigestReflection, 'topics'>[],
): { topic: string; reflectionCount: number }[] {
  const counts = new Map<string, number>();
  for (const reflection of reflections) {
    const topics = new Set(reflection.topics.map((topic) => topic.trim()).filter((topic) => topic !== ''));
    for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts]
    .map(([topic, reflectionCount]) => ({ topic, reflectionCount }))
    .sort((a, b) => b.reflectionCount - a.reflectionCount || (a.topic < b.topic ? -1 : 1));
}
