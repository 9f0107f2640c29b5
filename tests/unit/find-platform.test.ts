import { describe, expect, it } from 'vitest';
import { DEMO_PRESET } from '@/storage/platforms/demo-preset';
import { findPlatform } from '@/storage/platforms/find-platform';
import { compileMatchPattern } from '@/storage/platforms/match-pattern';
import { PRESET_MATCHES, PRESETS, STORE_PRESETS } from '@/storage/platforms/presets';
import { type PlatformRule, platformRuleSchema } from '@/storage/schemas/platform-rule';

/** A realistic lesson page of each store preset. */
const LESSON_PAGES: Record<string, string[]> = {
  enaea: ['https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123&circleId=456'],
  smartedu: [
    'https://core.teacher.vocational.smartedu.cn/p/course/vocational/abc',
    'https://teacher.higher.smartedu.cn/course/123',
    'https://basic.smartedu.cn/teacherTraining/courseDetail?courseId=9',
  ],
  icourse163: [
    'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=123',
    'https://www.icourse163.org/spoc/learn/ZJU-2002?tid=3#/learn/content',
  ],
  xuetangx: ['https://www.xuetangx.com/learn/THU123/THU123/456/video/789'],
  chaoxing: [
    'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=1&courseId=2&clazzid=3',
    'https://mooc1.chaoxing.com/mooc-ans/mycourse/studentstudy?chapterId=1',
    'https://mooc1.chaoxing.com/ananas/modules/video/index.html?v=2023',
  ],
  zhihuishu: [
    'https://studyvideoh5.zhihuishu.com/stuStudy?recruitAndCourseId=1',
    'https://studyh5.zhihuishu.com/videoStudy.html#/studyVideo?recruitAndCourseId=2',
    'https://fusioncourseh5.zhihuishu.com/learning/123',
  ],
  enetedu: [
    'https://onlinenew.enetedu.com/Index/Course/Learn?id=42',
    'https://onlinenew.enetedu.com/lnemc/MyTrainCourse/OnlineCourse?coursetype=3&orderid=0&id=555&coursewareid=7085',
    'https://szh.enetedu.com/course/play?id=1',
  ],
};

const NOT_STUDY_PAGES = [
  'https://www.baidu.com/s?wd=study.enaea.edu.cn',
  'https://www.icourse163.org/course/PKU-1001',
  'https://www.icourse163.org/',
  'https://www.xuetangx.com/course/THU123',
  'https://mooc1.chaoxing.com/visit/interaction',
  'https://www.zhihuishu.com/',
  'https://enetedu.com/',
  'https://smartedu.cn.example.com/',
  'ftp://study.enaea.edu.cn/viewerforccvideo.do',
  'http://127.0.0.1:8123/other/lesson-1.html',
  'about:blank',
  'chrome://extensions/',
];

describe('findPlatform with the store presets', () => {
  it('every store preset has realistic pages listed here', () => {
    expect(Object.keys(LESSON_PAGES).sort()).toEqual(STORE_PRESETS.map((rule) => rule.id).sort());
  });

  for (const [id, urls] of Object.entries(LESSON_PAGES)) {
    it.each(urls)(`a ${id} page is recognised as ${id}: %s`, (url) => {
      expect(findPlatform(url, STORE_PRESETS)?.id).toBe(id);
    });
  }

  it('http pages of a platform match as well as https', () => {
    expect(findPlatform('http://study.enaea.edu.cn/viewerforccvideo.do?courseId=1', STORE_PRESETS)?.id).toBe(
      'enaea',
    );
  });

  it.each(NOT_STUDY_PAGES)('a page that is not a study page matches no preset: %s', (url) => {
    expect(findPlatform(url, PRESETS)).toBeUndefined();
  });

  it('a disabled preset is skipped', () => {
    const url = 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123';
    expect(findPlatform(url, STORE_PRESETS, (rule) => rule.id !== 'enaea')).toBeUndefined();
    expect(findPlatform(url, STORE_PRESETS, (rule) => rule.id === 'enaea')?.id).toBe('enaea');
  });

  it('the enabled check is asked only about rules, and a disabled earlier rule lets a later one match', () => {
    const first: PlatformRule = { id: 'first', name: 'First', matches: ['*://example.com/*'] };
    const second: PlatformRule = { id: 'second', name: 'Second', matches: ['*://example.com/course/*'] };
    const url = 'https://example.com/course/1';
    expect(findPlatform(url, [first, second])?.id).toBe('first');
    expect(findPlatform(url, [first, second], (rule) => rule.id !== 'first')?.id).toBe('second');
  });

  it('a rule with an invalid match pattern never throws and its valid patterns still match', () => {
    const broken: PlatformRule = {
      id: 'custom',
      name: 'Custom',
      matches: ['*://example.com:8080/*', 'not a pattern', '*://example.com/learn/*'],
    };
    expect(() => findPlatform('https://example.com/learn/1', [broken])).not.toThrow();
    expect(findPlatform('https://example.com/learn/1', [broken])?.id).toBe('custom');
    expect(findPlatform('https://example.com/other', [broken])).toBeUndefined();
  });

  it('no rules means no platform', () => {
    expect(findPlatform('https://study.enaea.edu.cn/', [])).toBeUndefined();
  });
});

describe('the demo preset', () => {
  it('is part of the presets in the test build', () => {
    expect(import.meta.env.MODE).not.toBe('production');
    expect(PRESETS.map((rule) => rule.id)).toContain('demo');
  });

  it.each([
    'http://127.0.0.1:8123/platform/lesson-1.html',
    'http://localhost:9000/platform/',
    'http://localhost/platform/course.html#lesson-2',
    'http://127.0.0.1:1/platform/x?y=1',
  ])('matches loopback platform pages on any port: %s', (url) => {
    expect(findPlatform(url, PRESETS)?.id).toBe('demo');
  });

  it.each([
    'https://127.0.0.1:8123/platform/lesson-1.html',
    'http://127.0.0.1:8123/',
    'http://localhost.example.com/platform/',
    'http://192.168.1.2/platform/',
  ])('does not match other pages: %s', (url) => {
    expect(findPlatform(url, PRESETS)?.id).not.toBe('demo');
  });

  it('is never one of the store presets nor in their content-script matches', () => {
    expect(STORE_PRESETS.map((rule) => rule.id)).not.toContain('demo');
    for (const pattern of DEMO_PRESET.matches) expect(PRESET_MATCHES).not.toContain(pattern);
  });
});

describe('PRESET_MATCHES', () => {
  it('lists every store preset pattern and nothing broad', () => {
    expect(PRESET_MATCHES).toEqual(STORE_PRESETS.flatMap((rule) => rule.matches));
    expect(PRESET_MATCHES).not.toContain('<all_urls>');
    for (const pattern of PRESET_MATCHES) expect(pattern).not.toMatch(/^\*:\/\/\*\//);
  });
});

describe('PRESETS', () => {
  it.each(PRESETS.map((rule) => [rule.id, rule] as const))(
    '%s is a valid platform rule whose patterns all compile',
    (_, rule) => {
      expect(platformRuleSchema.safeParse(rule).success).toBe(true);
      for (const pattern of rule.matches) expect(() => compileMatchPattern(pattern)).not.toThrow();
    },
  );

  it('have unique ids', () => {
    const ids = PRESETS.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
