import type { Digest, DigestPlan, DigestReflection, DigestSession } from '../schemas/digest';
import { dayBounds } from '../tracking/local-day';
import { stableHex, stableUuid } from './stable-id';
import type { XapiActivity, XapiAgent, XapiStatement } from './xapi-statement';

/** Who the statements are about: a school account, an email, or nobody in particular. */
export type XapiActor =
  | { name: string; homePage: string }
  | { mbox: string; name?: string }
  | { anonymous: true };

/** A reserved, never-resolving host (RFC 2606) for our own activity and extension IRIs. */
const BASE = 'https://studytrail.invalid/xapi';
const ANONYMOUS = { homePage: 'https://studytrail.invalid', name: 'anonymous' };
const EXTENSION = {
  countedAs: `${BASE}/extensions/counted-as`,
  topics: `${BASE}/extensions/topics`,
  caseLibrary: `${BASE}/extensions/case-library`,
  rating: `${BASE}/extensions/rating`,
  trackedMinutes: `${BASE}/extensions/tracked-minutes`,
  requiredClassHours: `${BASE}/extensions/required-class-hours`,
  classHourMinutes: `${BASE}/extensions/class-hour-minutes`,
  planStatus: `${BASE}/extensions/plan-status`,
  deadline: `${BASE}/extensions/deadline`,
};

const VERBS = {
  experienced: {
    id: 'http://adlnet.gov/expapi/verbs/experienced',
    display: { 'zh-CN': '学习了', 'en-US': 'experienced' },
  },
  commented: {
    id: 'http://adlnet.gov/expapi/verbs/commented',
    display: { 'zh-CN': '反思了', 'en-US': 'commented' },
  },
  progressed: {
    id: 'http://adlnet.gov/expapi/verbs/progressed',
    display: { 'zh-CN': '推进了', 'en-US': 'progressed' },
  },
};

function toAgent(actor: XapiActor): XapiAgent {
  if ('anonymous' in actor) return { objectType: 'Agent', account: { ...ANONYMOUS } };
  if ('mbox' in actor) {
    const mbox = actor.mbox.startsWith('mailto:') ? actor.mbox : `mailto:${actor.mbox}`;
    return { objectType: 'Agent', mbox, ...(actor.name ? { name: actor.name } : {}) };
  }
  return { objectType: 'Agent', name: actor.name, account: { homePage: actor.homePage, name: actor.name } };
}

/** The same title under both languages the product speaks: a reader's LRS shows whichever it prefers. */
const names = (title: string) => ({ 'zh-CN': title, 'en-US': title });

/*
 * Activity ids are hashes of the titles, not the lesson URLs: an export may be handed to anyone, and a
 * URL can carry a learner's ids or tokens (docs/architecture.md section 7). Sessions and reflections both carry the
 * course and lesson titles, so both point at the same activity.
 */
function courseActivity(courseTitle: string): XapiActivity {
  return {
    objectType: 'Activity',
    id: `${BASE}/course/${stableHex(courseTitle, 2)}`,
    definition: { type: 'http://adlnet.gov/expapi/activities/course', name: names(courseTitle || '—') },
  };
}

function lessonActivity(courseTitle: string, lessonTitle: string): XapiActivity {
  return {
    objectType: 'Activity',
    id: `${BASE}/lesson/${stableHex(`${courseTitle}\u0000${lessonTitle}`, 2)}`,
    definition: {
      type: 'http://adlnet.gov/expapi/activities/lesson',
      name: names(lessonTitle || courseTitle || '—'),
    },
  };
}

/** Seconds as an ISO 8601 duration: 750 → PT12M30S, 0 → PT0S. */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
  return `PT${parts}`;
}

/** The 学 / 思 / 用 text of a reflection as one response, labelled in the product's own words. */
function responseText(reflection: DigestReflection): string {
  return [
    `学：${reflection.learned}`,
    reflection.thought.trim() ? `思：${reflection.thought}` : '',
    reflection.apply.trim() ? `用：${reflection.apply}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The digest as xAPI 1.0.3 statements: `experienced` per session, with the session's share of the union
 * as `result.duration` (so an LRS summing durations gets the digest's total, overlaps counted once), and
 * `commented` per reflection with its text as `result.response`, and `progressed` per training plan with
 * the share done as `result.score.scaled`. Statement ids are stable per actor.
 */
export function toXapiStatements(digest: Digest, actor: XapiActor): XapiStatement[] {
  const agent = toAgent(actor);
  const actorTag = stableHex(JSON.stringify(agent), 4);
  const id = (kind: string, rowId: string) => stableUuid(`${actorTag}\u0000${kind}\u0000${rowId}`);
  const activities = new Map<string, { lesson: XapiActivity; course: XapiActivity }>();
  const activitiesOf = (courseTitle: string, lessonTitle: string) => {
    const key = `${courseTitle}\u0000${lessonTitle}`;
    let found = activities.get(key);
    if (!found) {
      found = { lesson: lessonActivity(courseTitle, lessonTitle), course: courseActivity(courseTitle) };
      activities.set(key, found);
    }
    return found;
  };
  const sessionStatement = (session: DigestSession): XapiStatement => ({
    id: id('session', session.id),
    version: '1.0.3',
    actor: agent,
    verb: VERBS.experienced,
    object: activitiesOf(session.courseTitle, session.lessonTitle).lesson,
    result: { duration: isoDuration(session.minutes * 60) },
    context: {
      platform: session.platformId || 'StudyTrail',
      contextActivities: { parent: [activitiesOf(session.courseTitle, session.lessonTitle).course] },
      extensions: { [EXTENSION.countedAs]: session.kind },
    },
    // When the sitting began; its length is in the duration.
    timestamp: new Date(session.start).toISOString(),
  });
  const reflectionStatement = (reflection: DigestReflection): XapiStatement => ({
    id: id('reflection', reflection.id),
    version: '1.0.3',
    actor: agent,
    verb: VERBS.commented,
    object: activitiesOf(reflection.courseTitle, reflection.lessonTitle).lesson,
    result: { response: responseText(reflection) },
    context: {
      contextActivities: { parent: [activitiesOf(reflection.courseTitle, reflection.lessonTitle).course] },
      extensions: {
        [EXTENSION.topics]: reflection.topics,
        [EXTENSION.caseLibrary]: reflection.isCase,
        ...(reflection.rating === undefined ? {} : { [EXTENSION.rating]: reflection.rating }),
      },
    },
    timestamp: new Date(reflection.createdAt).toISOString(),
  });
  // A plan's progress as it stood at the period's end; no duration, so summed durations stay the total.
  const asOf = new Date(
    Math.min(Date.parse(digest.generatedAt), dayBounds(digest.period.end, digest.period.timeZone).end),
  ).toISOString();
  const planStatement = (plan: DigestPlan): XapiStatement => ({
    id: id('plan', `${plan.planId}\u0000${digest.period.end}`),
    version: '1.0.3',
    actor: agent,
    verb: VERBS.progressed,
    object: {
      objectType: 'Activity',
      id: `${BASE}/plan/${plan.planId}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/course', name: names(plan.name) },
    },
    result: {
      score: { scaled: Math.min(1, plan.percent / 100) },
      completion: plan.status === 'done',
      extensions: {
        [EXTENSION.trackedMinutes]: plan.trackedMinutes,
        [EXTENSION.requiredClassHours]: plan.requiredClassHours,
        [EXTENSION.classHourMinutes]: plan.classHourMinutes,
      },
    },
    context: {
      extensions: { [EXTENSION.planStatus]: plan.status, [EXTENSION.deadline]: plan.deadline },
    },
    timestamp: asOf,
  });
  return [
    ...digest.sessions.map(sessionStatement),
    ...digest.reflections.map(reflectionStatement),
    ...digest.plans.map(planStatement),
  ];
}
