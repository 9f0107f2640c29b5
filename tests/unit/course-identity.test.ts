import { describe, expect, it } from 'vitest';
import { normalizeLessonUrl } from '@/storage/platforms/normalize-url';
import { STORE_PRESETS } from '@/storage/platforms/presets';
import { studyKeys } from '@/storage/platforms/study-keys';
import { hasUrlShape, identifyUrl, type UrlIdentity } from '@/storage/platforms/url-identity';

// URL shapes as public scripts and links show them (sources in url-identity.ts); ids are made up.
const TABLE: [rule: string, url: string, expected: UrlIdentity][] = [
  [
    'chaoxing',
    'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=646126892&courseId=228080237&clazzid=62283699&cpi=267152825&enc=a3eaf790a69a146f&mooc2=1&openc=130c1125',
    { courseId: '228080237', lessonId: '646126892' },
  ],
  [
    'chaoxing',
    'https://mooc1-2.chaoxing.com/mycourse/studentstudy?chapterId=127067864&courseId=203379033&clazzid=6687211&enc=94d1247494',
    { courseId: '203379033', lessonId: '127067864' },
  ],
  [
    'chaoxing',
    'https://mooc1.chaoxing.com/mooc-ans/knowledge/cards?clazzid=1&courseid=2&knowledgeid=789&num=0&ut=s&cpi=4&v=20160407-3&mooc2=1',
    { courseId: '2', lessonId: '789' },
  ],
  ['chaoxing', 'https://mooc1.chaoxing.com/ananas/modules/video/index.html?v=2023', {}],
  [
    'enaea',
    'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=291026&circleId=115203',
    { courseId: '291026' },
  ],
  ['enaea', 'https://study.enaea.edu.cn/circleIndexRedirect.do?action=toNewMyClass&type=course', {}],
  [
    'icourse163',
    'https://www.icourse163.org/learn/ZJU1-1460402161?tid=1488053496#/learn/content?type=detail&id=1278585470&cid=1320673525',
    { courseId: 'ZJU1-1460402161', lessonId: '1278585470.1320673525' },
  ],
  [
    'icourse163',
    'https://www.icourse163.org/learn/ZJU-93001?tid=1450069451#/learn/content?type=detail&id=1214143618&cid=1217772376&replay=true',
    { courseId: 'ZJU-93001', lessonId: '1214143618.1217772376' },
  ],
  [
    'icourse163',
    'https://www.icourse163.org/spoc/learn/HNNY-1451736183?tid=1452177464#/learn/content?type=detail&id=1221818884',
    { courseId: 'HNNY-1451736183', lessonId: '1221818884' },
  ],
  [
    'icourse163',
    'https://www.icourse163.org/learn/PKU-1001#/learn/announce',
    { courseId: 'PKU-1001', lessonId: 'announce' },
  ],
  [
    'icourse163',
    'https://www.icourse163.org/learn/PKU-1001#/learn/quiz?id=99',
    { courseId: 'PKU-1001', lessonId: 'quiz.99' },
  ],
  [
    'xuetangx',
    'https://www.xuetangx.com/learn/PKU08091000777/PKU08091000777/10322346/video/17400688',
    { courseId: 'PKU08091000777/10322346', lessonId: 'video/17400688' },
  ],
  [
    'xuetangx',
    'https://www.xuetangx.com/learn/space/THU08091000384/THU08091000384/1516243/video/1387154',
    { courseId: 'THU08091000384/1516243', lessonId: 'video/1387154' },
  ],
  [
    'xuetangx',
    'https://www.xuetangx.com/learn/HNU03031001055/HNU03031001055/4231538/chapter',
    { courseId: 'HNU03031001055/4231538' },
  ],
  [
    'zhihuishu',
    'https://studyvideoh5.zhihuishu.com/stuStudy?recruitAndCourseId=4e5f5b5c4c5b4859454a585958435f475a',
    { courseId: '4e5f5b5c4c5b4859454a585958435f475a' },
  ],
  [
    'zhihuishu',
    'https://studyh5.zhihuishu.com/videoStudy.html#/studyVideo?recruitAndCourseId=2a',
    { courseId: '2a' },
  ],
  [
    'smartedu',
    'https://basic.smartedu.cn/teacherTraining/courseDetail?courseId=cb134d8b-ebe5-4953-8c2c-10d27b45b8dc&tag=2025&channelId=&libraryId=bdc00134',
    { courseId: 'cb134d8b-ebe5-4953-8c2c-10d27b45b8dc' },
  ],
  [
    'smartedu',
    'https://core.teacher.vocational.smartedu.cn/p/course/vocational/v_810687237054750720?itemId=810693235301191680&type=1&segId=810693039712407552&projectId=809940368202608640&orgId=608196190709395456&originP=1',
    { courseId: 'v_810687237054750720' },
  ],
  [
    'enetedu',
    'https://onlinenew.enetedu.com/lnemc/MyTrainCourse/OnlineCourse?coursetype=3&orderid=0&id=555&coursewareid=7085',
    { courseId: '555', lessonId: '7085' },
  ],
  ['enetedu', 'https://onlinenew.enetedu.com/lnemc/MyTrainCourse/ChoiceCourse?id=555', {}],
  // User rules and the demo platform have no known shape: nothing is guessed.
  ['user-1a2b3c', 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=1&courseId=2', {}],
  ['demo', 'http://127.0.0.1:5173/platform/lesson.html?courseId=9', {}],
];

describe('identifyUrl: course and lesson ids from real URL shapes', () => {
  it.each(TABLE)('%s %s', (rule, url, expected) => {
    expect(identifyUrl(rule, url)).toEqual(expected);
  });

  it('every store preset has a URL shape with at least one row here', () => {
    for (const preset of STORE_PRESETS) {
      expect(hasUrlShape(preset.id), preset.id).toBe(true);
      expect(
        TABLE.some(([rule, , ids]) => rule === preset.id && ids.courseId),
        preset.id,
      ).toBe(true);
    }
  });

  it('is re-derived from the URL on every change, with no memory of the previous one', () => {
    const a = 'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=1';
    const b = 'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=2';
    expect([
      identifyUrl('icourse163', a),
      identifyUrl('icourse163', b),
      identifyUrl('icourse163', a),
    ]).toEqual([
      { courseId: 'PKU-1001', lessonId: '1' },
      { courseId: 'PKU-1001', lessonId: '2' },
      { courseId: 'PKU-1001', lessonId: '1' },
    ]);
  });

  it('values that are not ids are ignored; a URL that does not parse gives nothing', () => {
    expect(
      identifyUrl('enaea', 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=%3Cscript%3E'),
    ).toEqual({});
    expect(identifyUrl('chaoxing', `https://mooc1.chaoxing.com/x?courseId=${'1'.repeat(200)}`)).toEqual({});
    expect(identifyUrl('chaoxing', 'not a url')).toEqual({});
  });

  it('a rule id that is an Object.prototype name is not a platform', () => {
    expect(identifyUrl('constructor', 'https://x.test/?courseId=1')).toEqual({});
    expect(hasUrlShape('__proto__')).toBe(false);
  });
});

describe('normalizeLessonUrl: the generic lesson URL', () => {
  it.each([
    ['sorts the query', 'https://a.test/p?b=2&a=1', 'https://a.test/p?a=1&b=2'],
    [
      'drops time and position parameters',
      'https://a.test/p?id=3&t=120&time=9&_=1700000000000&ts=1',
      'https://a.test/p?id=3',
    ],
    [
      'drops tracking tags',
      'https://a.test/p?id=3&utm_source=wx&utm_campaign=x&spm=a.b',
      'https://a.test/p?id=3',
    ],
    [
      'drops per-visit signatures and tokens',
      'https://a.test/p?id=3&enc=ab12&token=s3cret&jsessionid=9',
      'https://a.test/p?id=3',
    ],
    ['drops an anchor', 'https://a.test/p?id=3#comments', 'https://a.test/p?id=3'],
    ['drops a position in the fragment', 'https://a.test/p?id=3#t=1m20s', 'https://a.test/p?id=3'],
    ['keeps a route fragment', 'https://a.test/app#/lesson/12', 'https://a.test/app#/lesson/12'],
    ['keeps a hashbang route', 'https://a.test/app#!/lesson/12', 'https://a.test/app#!/lesson/12'],
    [
      'normalises a route’s query',
      'https://a.test/app#/play?t=30&id=4&replay=true',
      'https://a.test/app#/play?id=4',
    ],
    ['drops credentials and default ports', 'https://u:p@A.test:443/p', 'https://a.test/p'],
    [
      'drops ;jsessionid in the path',
      'https://a.test/course;jsessionid=ABC/play?id=1',
      'https://a.test/course/play?id=1',
    ],
    ['gives nothing for a URL that does not parse', 'nope', ''],
  ])('%s', (_, url, expected) => {
    expect(normalizeLessonUrl(url)).toBe(expected);
  });
});

describe('studyKeys: fallback order', () => {
  const base = { courseTitle: '课程', lessonTitle: '第一讲', lessonTitleFromSelector: true };

  it('ids from the page win over ids in the URL', () => {
    const keys = studyKeys({
      ...base,
      ruleId: 'chaoxing',
      url: 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=1&courseId=2',
      documentIds: { lessonId: '3' },
    });
    expect(keys).toEqual({ courseKey: 'chaoxing:course:2', lessonKey: 'chaoxing:course:2/lesson:3' });
  });

  it('no course id: the title-based key of before', () => {
    expect(studyKeys({ ...base, ruleId: 'enetedu', url: 'https://szh.enetedu.com/x' }).courseKey).toBe(
      'enetedu:课程',
    );
  });

  it('no lesson id on a built-in platform: the lesson title its selector read', () => {
    const url = 'https://studyvideoh5.zhihuishu.com/stuStudy?recruitAndCourseId=ab';
    expect(studyKeys({ ...base, ruleId: 'zhihuishu', url }).lessonKey).toBe(
      'zhihuishu:course:ab/title:第一讲',
    );
    // document.title is not a lesson name: the URL (normalised) stands in.
    expect(studyKeys({ ...base, ruleId: 'zhihuishu', url, lessonTitleFromSelector: false }).lessonKey).toBe(
      url,
    );
  });

  it('a user rule never keys lessons by title: one selector could name every lesson alike', () => {
    const url = 'https://mooc.example.edu.cn/play?id=1&t=5';
    expect(studyKeys({ ...base, ruleId: 'user-x', url })).toEqual({
      courseKey: 'user-x:课程',
      lessonKey: 'https://mooc.example.edu.cn/play?id=1',
    });
  });
});
