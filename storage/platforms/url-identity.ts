/** What a platform's URL says about what is studied: ids only, never titles. */
export interface UrlIdentity {
  /** The platform's id of the course (or of the course run the learner is enrolled in). */
  courseId?: string;
  /** The platform's id of the lesson within the course. */
  lessonId?: string;
}

type Parser = (url: URL) => UrlIdentity;

// Ids are short tokens; anything else (a pasted title, a URL in a parameter) is not an id.
const ID = /^[A-Za-z0-9_.~-]{1,128}$/;

function id(value: string | null | undefined): string | undefined {
  return value && ID.test(value) ? value : undefined;
}

/** A query parameter by any of its names, case-insensitively (超星 writes both `courseId` and `courseid`). */
function param(params: URLSearchParams, ...names: string[]): string | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  for (const [name, value] of params) {
    if (wanted.includes(name.toLowerCase())) {
      const found = id(value);
      if (found) return found;
    }
  }
  return undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  return parts.every((part) => part !== undefined) ? parts.join('/') : undefined;
}

const PARSERS: Record<string, Parser> = {
  // 超星学习通: /mycourse/studentstudy?chapterId=&courseId=&clazzid=&cpi=&enc= (enc, openc change per
  // visit); the card frame /mooc-ans/knowledge/cards?clazzid&courseid&knowledgeid, knowledgeid being the
  // chapterId. Source: public userscripts and scrapers (e.g. the greasyfork script "（ECUST）课程资源直链下载",
  // whose @match is studentstudy?chapterId=*&courseId=*&clazzid=*&enc=*).
  chaoxing: (url) => ({
    courseId: param(url.searchParams, 'courseId'),
    lessonId: param(url.searchParams, 'chapterId', 'knowledgeid'),
  }),
  // 学习公社: /viewerforccvideo.do?courseId=&circleId= (circle = the training the course belongs to); the
  // lesson is chosen in the page list, not in the URL. Source: greasyfork scripts 476052, 533884.
  enaea: (url) => ({ courseId: param(url.searchParams, 'courseId') }),
  // 中国大学MOOC: /learn/<school-course>?tid=<term>#/learn/content?type=detail&id=<lesson>&cid=<unit>
  // (&replay=true on revisits). Other routes: #/learn/announce, #/learn/quiz?id=. Source: public notes
  // and tools linking icourse163.org lessons (e.g. a node:test of an icourse163 course parser).
  icourse163: (url) => {
    const course = /^\/(?:spoc\/)?learn\/([^/?#]+)/.exec(url.pathname)?.[1];
    const route = /^#\/learn\/([a-z]+)(?:\?(.*))?$/i.exec(url.hash);
    let lessonId: string | undefined;
    if (route) {
      const params = new URLSearchParams(route[2] ?? '');
      const name = (route[1] as string).toLowerCase();
      const target = param(params, 'id');
      const unit = param(params, 'cid');
      lessonId =
        name === 'content'
          ? target && (unit ? `${target}.${unit}` : target)
          : target
            ? `${name}.${target}`
            : name;
    }
    return { courseId: id(course), lessonId };
  },
  // 学堂在线: /learn/<sign>/<sign>/<classroom>/<kind>/<leaf> (kind: video, exercise…), also under
  // /learn/space/…; single-page. Source: public links to www.xuetangx.com lessons and helper scripts.
  xuetangx: (url) => {
    const parts = /^\/learn\/(?:space\/)?([^/]+)\/[^/]+\/([^/]+)(?:\/([^/]+)\/([^/]+))?/.exec(url.pathname);
    if (!parts) return {};
    return {
      courseId: joined(id(parts[1]), id(parts[2])),
      lessonId: joined(id(parts[3]), id(parts[4])),
    };
  },
  // 智慧树: studyvideoh5.zhihuishu.com/stuStudy?recruitAndCourseId=<hex>; no lesson id in the URL.
  // Source: public zhihuishu helper scripts and their tests.
  // The older studyh5 player keeps it in its hash route: videoStudy.html#/studyVideo?recruitAndCourseId=.
  zhihuishu: (url) => ({
    courseId:
      param(url.searchParams, 'recruitAndCourseId', 'courseId') ??
      param(new URLSearchParams(url.hash.split('?')[1] ?? ''), 'recruitAndCourseId', 'courseId'),
  }),
  // 国家智慧教育平台: basic.smartedu.cn/teacherTraining/courseDetail?courseId=<uuid> (single-page);
  // core.teacher.vocational.smartedu.cn/p/course/vocational/v_<id>?itemId=&segId=&projectId= (item and
  // segment name the training project's slot, not a lesson). Source: public study scripts for both hosts.
  smartedu: (url) => {
    const vocational = /^\/p\/course\/[a-z]+\/(v_[0-9]+)/i.exec(url.pathname)?.[1];
    return { courseId: id(vocational) ?? param(url.searchParams, 'courseId') };
  },
  // 全国高校教师网络培训中心: /<school>/MyTrainCourse/OnlineCourse?coursetype=&orderid=&id=<course>
  // &coursewareid=<lesson>. Source: greasyfork scripts for onlinenew.enetedu.com (e.g. 507060).
  enetedu: (url) =>
    /\/MyTrainCourse\/OnlineCourse/i.test(url.pathname)
      ? { courseId: param(url.searchParams, 'id'), lessonId: param(url.searchParams, 'coursewareid') }
      : {},
};

/**
 * The course and lesson ids a platform keeps in its URL, for a built-in rule id; {} for user rules,
 * unknown shapes and URLs that do not parse. Pure: derive it anew from the URL on every location change.
 */
export function identifyUrl(ruleId: string, url: string): UrlIdentity {
  const parser = hasUrlShape(ruleId) ? PARSERS[ruleId] : undefined;
  if (!parser) return {};
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  const found = parser(parsed);
  return {
    ...(found.courseId && { courseId: found.courseId }),
    ...(found.lessonId && { lessonId: found.lessonId }),
  };
}

/** Whether the platform's URL shape is known here (a built-in preset), so its keys come from ids. */
export function hasUrlShape(ruleId: string): boolean {
  return Object.hasOwn(PARSERS, ruleId);
}
