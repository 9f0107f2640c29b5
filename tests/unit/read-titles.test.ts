// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STORE_PRESETS } from '@/storage/platforms/presets';
import { isAwayDialogShown, readStudyTarget } from '@/storage/platforms/read-titles';
import { heartbeatSchema } from '@/storage/schemas/messages';
import type { PlatformRule } from '@/storage/schemas/platform-rule';

function preset(id: string): PlatformRule {
  const rule = STORE_PRESETS.find((r) => r.id === id);
  if (!rule) throw new Error(`no preset ${id}`);
  return rule;
}

/** A detached document built from a platform-like HTML string. */
function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

interface Fixture {
  id: string;
  url: string;
  html: string;
  course: string;
  lesson: string;
  courseKey: string;
  lessonKey: string;
}

const FIXTURES: Fixture[] = [
  {
    id: 'enaea',
    url: 'https://study.enaea.edu.cn/viewerforccvideo.do?courseId=123&circleId=9',
    html: `<html><head><title>学习公社</title></head><body>
      <ul class="cvtb-top-list">
        <li class="cvtb-top-list-item"><span>  新时代高校辅导员
          职业能力提升 </span></li>
        <li class="cvtb-top-list-item"><span>第二门课</span></li>
      </ul>
      <ul class="cvtb-MCK-course-list">
        <li class="cvtb-MCK-course-content"><div class="cvtb-MCK-CsCt-title">第一讲 导论</div></li>
        <li class="cvtb-MCK-course-content current" data-id="456"><div class="cvtb-MCK-CsCt-title">第二讲 学生心理危机干预</div></li>
      </ul>
      <div id="rest_tip" style="display:none">您已学习20分钟，请休息一下</div>
    </body></html>`,
    course: '新时代高校辅导员 职业能力提升',
    lesson: '第二讲 学生心理危机干预',
    courseKey: 'enaea:course:123',
    lessonKey: 'enaea:course:123/lesson:456',
  },
  {
    id: 'smartedu',
    url: 'https://core.teacher.vocational.smartedu.cn/p/course/vocational/v_810687237054750720?itemId=8&segId=9',
    html: `<html><head><title>国家智慧教育公共服务平台</title></head><body>
      <div class="course-header"><h1>高校思想政治工作专题</h1></div>
      <div class="video-list">
        <div class="video-title">1. 开班导学</div>
        <div class="video-title on">2. 谈心谈话的方法</div>
      </div>
    </body></html>`,
    course: '高校思想政治工作专题',
    lesson: '2. 谈心谈话的方法',
    courseKey: 'smartedu:course:v_810687237054750720',
    lessonKey: 'smartedu:course:v_810687237054750720/title:2. 谈心谈话的方法',
  },
  {
    id: 'icourse163',
    url: 'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=123',
    html: `<html><head><title>大学生心理健康_中国大学MOOC(慕课)</title></head><body>
      <div class="j-unitslist">
        <ul><li class="f-fl"><span class="unit-name">1.1 认识心理健康</span></li>
        <li class="f-fl current"><span class="unit-name">1.2 压力与应对</span></li></ul>
      </div>
    </body></html>`,
    course: '大学生心理健康',
    lesson: '1.2 压力与应对',
    courseKey: 'icourse163:course:PKU-1001',
    lessonKey: 'icourse163:course:PKU-1001/lesson:123',
  },
  {
    id: 'xuetangx',
    url: 'https://www.xuetangx.com/learn/THU123/THU123/456/video/789',
    html: `<html><head><title>思想道德与法治 - 清华大学 - 学堂在线</title></head><body>
      <div class="first"><ul><li><span>第一章</span></li></ul></div>
      <div class="third"><ul><li class="active"><span>1.3 理想信念的内涵</span></li><li><span>1.4 下一节</span></li></ul></div>
    </body></html>`,
    course: '思想道德与法治',
    lesson: '1.3 理想信念的内涵',
    courseKey: 'xuetangx:course:THU123/456',
    lessonKey: 'xuetangx:course:THU123/456/lesson:video/789',
  },
  {
    id: 'chaoxing',
    url: 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=1&courseId=2',
    html: `<html><head><title>学生学习页面</title></head><body>
      <div id="mainid"><div class="prev_title_pos"><div>3.2 网络舆情应对</div></div></div>
    </body></html>`,
    course: '学生学习页面',
    lesson: '3.2 网络舆情应对',
    courseKey: 'chaoxing:course:2',
    lessonKey: 'chaoxing:course:2/lesson:1',
  },
  {
    id: 'zhihuishu',
    url: 'https://studyvideoh5.zhihuishu.com/stuStudy?recruitAndCourseId=1',
    html: `<html><head><title>智慧树在线教育</title></head><body>
      <div class="source-name">辅导员工作案例分析</div>
      <ul class="catalogue">
        <li class="clearfix video"><span class="catalogue_title">1.1 案例一</span></li>
        <li class="clearfix video current_play"><span class="catalogue_title">1.2 案例二：宿舍矛盾</span></li>
      </ul>
    </body></html>`,
    course: '辅导员工作案例分析',
    lesson: '1.2 案例二：宿舍矛盾',
    courseKey: 'zhihuishu:course:1',
    lessonKey: 'zhihuishu:course:1/title:1.2 案例二：宿舍矛盾',
  },
  {
    id: 'enetedu',
    url: 'https://onlinenew.enetedu.com/lnemc/MyTrainCourse/OnlineCourse?coursetype=3&orderid=0&id=555&coursewareid=7085',
    html: `<html><head><title>全国高校教师网络培训中心</title></head><body>
      <div class="classcenter-chapter2"><ul>
        <li onclick="">第一讲 高校辅导员队伍建设<span id="courseware_7084">[100%]</span></li>
        <li style="background-color: #ccc5c5;">第二讲 网络思政<span id="courseware_7085">[35%]</span></li>
      </ul></div>
    </body></html>`,
    course: '全国高校教师网络培训中心',
    // The current lesson is the list item shaded #ccc5c5; its progress span is part of its text.
    lesson: '第二讲 网络思政[35%]',
    courseKey: 'enetedu:course:555',
    lessonKey: 'enetedu:course:555/lesson:7085',
  },
];

describe('readStudyTarget with each store preset', () => {
  it('every store preset has a fixture here', () => {
    expect(FIXTURES.map((f) => f.id).sort()).toEqual(STORE_PRESETS.map((r) => r.id).sort());
  });

  it.each(FIXTURES.map((f) => [f.id, f] as const))(
    '%s markup yields its course and lesson titles',
    (_, fixture) => {
      const target = readStudyTarget(preset(fixture.id), page(fixture.html), fixture.url);
      expect(target.courseTitle).toBe(fixture.course);
      expect(target.lessonTitle).toBe(fixture.lesson);
      expect(target.courseKey).toBe(fixture.courseKey);
      expect(target.lessonKey).toBe(fixture.lessonKey);
    },
  );

  it('chaoxing also reads a chapter heading in #mainid h1', () => {
    const doc = page(
      '<html><head><title>学生学习页面</title></head><body><div id="mainid"><h1>第四章 危机干预</h1></div></body></html>',
    );
    expect(
      readStudyTarget(preset('chaoxing'), doc, 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=4')
        .lessonTitle,
    ).toBe('第四章 危机干预');
  });

  it('works on the live document as well as a parsed one', () => {
    document.title = '智慧树在线教育';
    document.body.innerHTML =
      '<div class="source-name">Live course</div><div class="current_play"><span class="catalogue_title">Live lesson</span></div>';
    const target = readStudyTarget(preset('zhihuishu'), document, 'https://studyh5.zhihuishu.com/x');
    expect(target).toMatchObject({ courseTitle: 'Live course', lessonTitle: 'Live lesson' });
  });
});

describe('readStudyTarget: titlePattern fallbacks', () => {
  it('icourse163 takes the course from "课程名_中国大学MOOC(慕课)"', () => {
    const doc = page(
      '<html><head><title>高等数学（一）_中国大学MOOC(慕课)</title></head><body></body></html>',
    );
    const target = readStudyTarget(
      preset('icourse163'),
      doc,
      'https://www.icourse163.org/learn/HIT-1001#/learn/announce',
    );
    expect(target.courseTitle).toBe('高等数学（一）');
    // No unit list on the page: the lesson falls back to the whole document title.
    expect(target.lessonTitle).toBe('高等数学（一）_中国大学MOOC(慕课)');
  });

  it('xuetangx takes the course from "课程名 - 学校 - 学堂在线"', () => {
    const doc = page(
      '<html><head><title>中国近现代史纲要 - 北京大学 - 学堂在线</title></head><body></body></html>',
    );
    expect(
      readStudyTarget(preset('xuetangx'), doc, 'https://www.xuetangx.com/learn/PKU/PKU/1/video/2')
        .courseTitle,
    ).toBe('中国近现代史纲要');
  });

  it('a title the pattern does not fit falls back to the whole document title', () => {
    const doc = page('<html><head><title>学堂在线 - 精品在线课程</title></head><body></body></html>');
    expect(readStudyTarget(preset('xuetangx'), doc, 'https://www.xuetangx.com/learn/a').courseTitle).toBe(
      '学堂在线 - 精品在线课程',
    );
  });

  it('a selector that finds text wins over the title pattern', () => {
    const rule: PlatformRule = {
      id: 'x',
      name: 'X',
      matches: ['*://x.test/*'],
      courseTitle: { selector: '.c' },
      titlePattern: '^(.+?)_',
    };
    const doc = page(
      '<html><head><title>FromTitle_site</title></head><body><b class="c">FromSelector</b></body></html>',
    );
    expect(readStudyTarget(rule, doc, 'https://x.test/').courseTitle).toBe('FromSelector');
  });

  it('a selector whose element is empty falls through to the title pattern', () => {
    const rule: PlatformRule = {
      id: 'x',
      name: 'X',
      matches: ['*://x.test/*'],
      courseTitle: { selector: '.c' },
      titlePattern: '^(.+?)_',
    };
    const doc = page(
      '<html><head><title>FromTitle_site</title></head><body><b class="c">   </b></body></html>',
    );
    expect(readStudyTarget(rule, doc, 'https://x.test/').courseTitle).toBe('FromTitle');
  });
});

describe('readStudyTarget: fallbacks never throw', () => {
  it('a page lacking the selectors falls back to document.title', () => {
    const doc = page(
      '<html><head><title>  某课程   播放页 </title></head><body><p>no selectors here</p></body></html>',
    );
    for (const rule of STORE_PRESETS) {
      const target = readStudyTarget(rule, doc, `https://${rule.id}.example/learn`);
      expect(target.lessonTitle, rule.id).toBe('某课程 播放页');
      if (!rule.titlePattern) expect(target.courseTitle, rule.id).toBe('某课程 播放页');
    }
  });

  it('a page without a title falls back to the hostname', () => {
    const doc = page('<html><head></head><body></body></html>');
    for (const rule of STORE_PRESETS) {
      let target: ReturnType<typeof readStudyTarget> | undefined;
      expect(() => {
        target = readStudyTarget(rule, doc, 'https://study.enaea.edu.cn:8443/viewerforccvideo.do');
      }, rule.id).not.toThrow();
      expect(target?.courseTitle, rule.id).toBe('study.enaea.edu.cn');
      expect(target?.lessonTitle, rule.id).toBe('study.enaea.edu.cn');
      expect(target?.courseKey, rule.id).toBe(`${rule.id}:study.enaea.edu.cn`);
    }
  });

  it('an invalid selector never throws and falls back', () => {
    const rule: PlatformRule = {
      id: 'bad',
      name: 'Bad',
      matches: ['*://x.test/*'],
      courseTitle: { selector: 'div[[[' },
      lessonTitle: { selector: ':::nope(' },
    };
    const doc = page('<html><head><title>Page title</title></head><body><div>x</div></body></html>');
    expect(readStudyTarget(rule, doc, 'https://x.test/a')).toMatchObject({
      courseTitle: 'Page title',
      lessonTitle: 'Page title',
    });
  });

  it('an invalid title regex never throws and falls back', () => {
    const rule: PlatformRule = {
      id: 'bad',
      name: 'Bad',
      matches: ['*://x.test/*'],
      titlePattern: '(unclosed[',
    };
    const doc = page('<html><head><title>Page title</title></head><body></body></html>');
    expect(readStudyTarget(rule, doc, 'https://x.test/a').courseTitle).toBe('Page title');
  });

  it('a title regex without a capture group falls back to the whole title', () => {
    const rule: PlatformRule = { id: 'x', name: 'X', matches: ['*://x.test/*'], titlePattern: 'MOOC' };
    const doc = page('<html><head><title>Course_MOOC</title></head><body></body></html>');
    expect(readStudyTarget(rule, doc, 'https://x.test/a').courseTitle).toBe('Course_MOOC');
  });
});

describe('readStudyTarget: course and lesson keys come from ids', () => {
  const doc = page('<html><head><title>大学生心理健康_中国大学MOOC(慕课)</title></head><body></body></html>');
  const rule = preset('icourse163');

  it('the lesson id comes from the #fragment route', () => {
    const url = 'https://www.icourse163.org/learn/PKU-1001?tid=1#/learn/content?type=detail&id=123&cid=77';
    expect(readStudyTarget(rule, doc, url).lessonKey).toBe('icourse163:course:PKU-1001/lesson:123.77');
  });

  it('changes when only the fragment changes, while the course key stays', () => {
    const a = readStudyTarget(
      rule,
      doc,
      'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=123',
    );
    const b = readStudyTarget(
      rule,
      doc,
      'https://www.icourse163.org/learn/PKU-1001#/learn/content?type=detail&id=124',
    );
    expect(a.lessonKey).not.toBe(b.lessonKey);
    expect(a.courseKey).toBe(b.courseKey);
  });

  it('a course whose title renders late keeps one key', () => {
    const chaoxing = preset('chaoxing');
    const url = 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=5&courseId=7&clazzid=8&enc=aa';
    const early = readStudyTarget(chaoxing, page('<html><head><title></title></head></html>'), url);
    const late = readStudyTarget(chaoxing, page('<html><head><title>课程</title></head></html>'), url);
    expect(early.courseKey).toBe('chaoxing:course:7');
    expect(late.courseKey).toBe(early.courseKey);
  });

  it('超星: a lesson change inside the page (no reload) follows #curChapterId, not the stale URL', () => {
    const url = 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=5&courseId=7&clazzid=8&enc=aa';
    const inPage = page(
      '<html><head><title>学生学习页面</title></head><body><input type="hidden" id="curCourseId" value="7"><input type="hidden" id="curChapterId" value="6"></body></html>',
    );
    expect(readStudyTarget(preset('chaoxing'), inPage, url).lessonKey).toBe('chaoxing:course:7/lesson:6');
  });

  it('超星: the chapter a page script wrote into the hidden input (its value, not its attribute) wins', () => {
    const url = 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=5&courseId=7&clazzid=8&enc=aa';
    const inPage = page(
      '<html><head><title>学生学习页面</title></head><body><input type="hidden" id="curCourseId" value=""><input type="hidden" id="curChapterId" value=""></body></html>',
    );
    (inPage.querySelector('#curCourseId') as HTMLInputElement).value = '7';
    (inPage.querySelector('#curChapterId') as HTMLInputElement).value = '9';
    expect(readStudyTarget(preset('chaoxing'), inPage, url).lessonKey).toBe('chaoxing:course:7/lesson:9');
  });

  it('超星: empty or non-id inputs fall back to the URL', () => {
    const url = 'https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=5&courseId=7&clazzid=8&enc=aa';
    const inPage = page(
      '<html><head><title>t</title></head><body><input type="hidden" id="curCourseId" value=""><input type="hidden" id="curChapterId" value="<b>x</b>"></body></html>',
    );
    expect(readStudyTarget(preset('chaoxing'), inPage, url).lessonKey).toBe('chaoxing:course:7/lesson:5');
  });

  it('超星: a new visit signature (enc) is the same lesson', () => {
    const chaoxing = preset('chaoxing');
    const at = (enc: string) =>
      readStudyTarget(
        chaoxing,
        doc,
        `https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=5&courseId=7&clazzid=8&cpi=1&enc=${enc}`,
      ).lessonKey;
    expect(at('aa11')).toBe(at('bb22'));
  });

  it('a user platform keeps the normalised URL: volatile parameters and anchors do not make lessons', () => {
    const user: PlatformRule = { id: 'user-abc', name: 'U', matches: ['*://mooc.example.edu.cn/*'] };
    const at = (url: string) => readStudyTarget(user, doc, url).lessonKey;
    const base = at('https://mooc.example.edu.cn/play?lesson=3&course=1');
    expect(base).toBe('https://mooc.example.edu.cn/play?course=1&lesson=3');
    expect(at('https://mooc.example.edu.cn/play?course=1&lesson=3&t=125&_=1700000000000#t=30')).toBe(base);
    expect(at('https://mooc.example.edu.cn/play?utm_source=x&lesson=3&course=1#section-2')).toBe(base);
    expect(at('https://mooc.example.edu.cn/play?lesson=4&course=1')).not.toBe(base);
  });

  it('is capped so that it fits the heartbeat message limit', () => {
    const url = `https://www.icourse163.org/learn/PKU-1001#/${'x'.repeat(10_000)}`;
    const target = readStudyTarget(rule, doc, url);
    expect(target.lessonKey.length).toBeLessThanOrEqual(4096);
    const user: PlatformRule = { id: 'user-abc', name: 'U', matches: ['*://x.test/*'] };
    const long = readStudyTarget(
      user,
      doc,
      `https://x.test/a?q=${'y'.repeat(10_000)}#/${'z'.repeat(10_000)}`,
    );
    expect(long.lessonKey.length).toBeLessThanOrEqual(4096);
    expect(long.courseKey.length).toBeLessThanOrEqual(2048);
  });
});

describe('readStudyTarget: hostile titles', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('a hostile course title in the page comes back as the same inert text', () => {
    const doc = page(
      '<html><head><title>t</title></head><body><div class="source-name"></div></body></html>',
    );
    // textContent set directly: the page shows the markup as text, as a platform echoing user input would.
    const holder = doc.querySelector('.source-name');
    if (!holder) throw new Error('fixture');
    holder.textContent = hostile;
    const target = readStudyTarget(preset('zhihuishu'), doc, 'https://studyh5.zhihuishu.com/x');
    expect(typeof target.courseTitle).toBe('string');
    expect(target.courseTitle).toBe(hostile);
  });

  it('a hostile document.title comes back as the same text', () => {
    const doc = page('<html><head></head><body></body></html>');
    doc.title = hostile;
    const target = readStudyTarget(preset('enetedu'), doc, 'https://onlinenew.enetedu.com/x');
    expect(target.courseTitle).toBe(hostile);
    expect(target.lessonTitle).toBe(hostile);
  });

  it('markup inside a title element yields only its text, never its tags', () => {
    const doc = page(
      '<html><head><title>t</title></head><body><h1>Course <b>bold</b><script>evil()</script></h1></body></html>',
    );
    const title = readStudyTarget(preset('smartedu'), doc, 'https://basic.smartedu.cn/x').courseTitle;
    expect(title).not.toContain('<');
    expect(title.startsWith('Course bold')).toBe(true);
  });
});

describe('isAwayDialogShown', () => {
  const enaea = preset('enaea');

  it("is true when enaea's #rest_tip is on the page", () => {
    const doc = page('<html><body><div id="rest_tip">您已学习20分钟，请休息一下</div></body></html>');
    expect(isAwayDialogShown(enaea, doc)).toBe(true);
  });

  it('is false when #rest_tip is absent', () => {
    expect(isAwayDialogShown(enaea, page('<html><body><div id="player"></div></body></html>'))).toBe(false);
  });

  it('is false when #rest_tip is in the page but laid out with no boxes (display: none)', () => {
    document.body.innerHTML = '<div id="rest_tip" style="display:none">休息一下</div>';
    const tip = document.getElementById('rest_tip');
    if (!tip) throw new Error('fixture');
    // happy-dom does no layout; a browser gives a display:none element no client rects.
    tip.getClientRects = () => [] as unknown as DOMRectList;
    expect(isAwayDialogShown(enaea, document)).toBe(false);
  });

  it('is false for a rule without an away dialog', () => {
    const doc = page('<html><body><div id="rest_tip">x</div></body></html>');
    expect(isAwayDialogShown(preset('smartedu'), doc)).toBe(false);
  });

  it('an invalid away-dialog selector never throws', () => {
    const rule: PlatformRule = {
      id: 'x',
      name: 'X',
      matches: ['*://x.test/*'],
      awayDialog: { selector: '#[' },
    };
    expect(isAwayDialogShown(rule, page('<html><body></body></html>'))).toBe(false);
  });
});

describe('readStudyTarget: over-long and disguised titles are cut where they are read', () => {
  const rule: PlatformRule = {
    id: 'x',
    name: 'X',
    matches: ['*://x.test/*'],
    courseTitle: { selector: '.c' },
    lessonTitle: { selector: '.l' },
  };
  function read(course: string, lesson = 'Lesson', title = 'Page') {
    const doc = page(
      '<html><head><title></title></head><body><b class="c"></b><i class="l"></i></body></html>',
    );
    doc.title = title;
    (doc.querySelector('.c') as Element).textContent = course;
    (doc.querySelector('.l') as Element).textContent = lesson;
    return readStudyTarget(rule, doc, 'https://x.test/a');
  }

  it('a 10 MB title comes back as 300 code points and the heartbeat schema accepts it', () => {
    const target = read('课'.repeat(10 * 2 ** 20));
    expect(target.courseTitle).toBe('课'.repeat(300));
    const heartbeat = {
      type: 'heartbeat',
      ts: 1,
      engaged: true,
      kind: 'input',
      platformId: 'x',
      ...target,
    };
    expect(heartbeatSchema.safeParse(heartbeat).success).toBe(true);
  });

  it('a title over 2,000 characters from document.title is cut to 300', () => {
    const doc = page('<html><head><title></title></head><body></body></html>');
    doc.title = `Long ${'a'.repeat(5000)}`;
    const target = readStudyTarget(preset('enetedu'), doc, 'https://onlinenew.enetedu.com/x');
    expect(Array.from(target.lessonTitle)).toHaveLength(300);
    expect(target.courseTitle).toBe(target.lessonTitle);
  });

  it('an emoji at the cut is kept whole or dropped whole, never halved', () => {
    const title = `${'a'.repeat(299)}😀😀`;
    const cut = read(title).courseTitle;
    expect(cut).toBe(`${'a'.repeat(299)}😀`);
    expect(cut).not.toMatch(/[\ud800-\udbff]$/);
    expect(read(`${'a'.repeat(300)}😀`).courseTitle).toBe('a'.repeat(300));
  });

  it('bidirectional overrides, isolates and marks are removed', () => {
    const title = 'abc\u202egpj.exe\u202c \u2066x\u2069\u200e\u200f\u061c\u202a\u202b\u202d\u2067\u2068';
    expect(read(title).courseTitle).toBe('abcgpj.exe x');
  });

  it('zero-width characters are removed and a title of only invisible characters falls back', () => {
    expect(read('Cou\u200brse\ufeff\u2060').courseTitle).toBe('Course');
    expect(read('\u200b\u200d\u200c\ufeff', 'L', 'Page title').courseTitle).toBe('Page title');
  });

  it('a title of only whitespace and control characters falls back to the page title', () => {
    expect(read(' \n\t\u3000\u0000\u0085 ', '\u2028\u2029', 'Page title')).toMatchObject({
      courseTitle: 'Page title',
      lessonTitle: 'Page title',
    });
  });

  it('control characters inside a title become spaces, runs collapse', () => {
    expect(read('第一讲\u0000\u0007导论\r\n\t结束').courseTitle).toBe('第一讲 导论 结束');
  });

  it('a course key built from a long title stays within the heartbeat limit', () => {
    const target = read('𝒳'.repeat(5000));
    expect(target.courseKey.length).toBeLessThanOrEqual(2048);
    expect(target.lessonKey.length).toBeLessThanOrEqual(4096);
  });
});
