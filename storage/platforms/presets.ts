import type { PlatformRule } from '../schemas/platform-rule';
import { DEMO_PRESET } from './demo-preset';

/**
 * Built-in platform rules (docs/architecture.md section 4). Selectors come from the platforms' public pages and may
 * drift; every rule falls back to document.title and then the hostname. Course and lesson ids come from
 * each platform's URL shape (url-identity.ts, with sources).
 */
export const STORE_PRESETS: readonly PlatformRule[] = [
  {
    id: 'enaea',
    name: '学习公社',
    matches: ['*://study.enaea.edu.cn/*'],
    courseTitle: { selector: 'li.cvtb-top-list-item > span' },
    // Course and current-lesson selectors as public 学习公社 userscripts and scrapers use them.
    lessonTitle: { selector: 'li.cvtb-MCK-course-content.current .cvtb-MCK-CsCt-title' },
    awayDialog: { selector: '#rest_tip' },
  },
  {
    id: 'smartedu',
    name: '国家智慧教育平台',
    matches: ['*://*.smartedu.cn/*'],
    courseTitle: { selector: 'h1' },
    lessonTitle: { selector: '.video-title.on' },
  },
  {
    id: 'icourse163',
    name: '中国大学MOOC',
    matches: ['*://www.icourse163.org/learn/*', '*://www.icourse163.org/spoc/learn/*'],
    titlePattern: '^(.+?)_中国大学MOOC',
    lessonTitle: { selector: '.j-unitslist li.current .unit-name' },
  },
  {
    id: 'xuetangx',
    name: '学堂在线',
    matches: ['*://www.xuetangx.com/learn/*'],
    titlePattern: '^(.+?) - .+ - 学堂在线',
    lessonTitle: { selector: '.third li span' },
  },
  {
    id: 'chaoxing',
    name: '超星学习通',
    matches: [
      '*://*.chaoxing.com/mycourse/studentstudy*',
      '*://*.chaoxing.com/mooc-ans/mycourse/studentstudy*',
      '*://*.chaoxing.com/ananas/*',
    ],
    // #mainid > .prev_title_pos > .prev_title holds the chapter name (public 超星 userscripts).
    lessonTitle: { selector: '#mainid h1, #mainid .prev_title_pos div' },
    allFrames: true,
  },
  {
    id: 'zhihuishu',
    name: '智慧树',
    matches: [
      '*://studyh5.zhihuishu.com/*',
      '*://studyvideoh5.zhihuishu.com/*',
      '*://fusioncourseh5.zhihuishu.com/*',
    ],
    courseTitle: { selector: '.source-name' },
    lessonTitle: { selector: '.current_play .catalogue_title' },
  },
  {
    id: 'enetedu',
    name: '全国高校教师网络培训中心',
    // Lesson pages /<school>/MyTrainCourse/OnlineCourse?id=&coursewareid= (greasyfork 507060); the newer
    // szh.enetedu.com hosts study videos too (public userscripts match szh.enetedu.com/*).
    matches: ['*://onlinenew.enetedu.com/*', '*://szh.enetedu.com/*'],
    // The current lesson is the list item shaded #ccc5c5 (inline style, or rgb() once a script set it);
    // the first item is not the current one. Source: public enetedu userscripts.
    lessonTitle: {
      selector:
        '.classcenter-chapter2 li[style*="ccc5c5" i], .classcenter-chapter2 li[style*="204, 197, 197"]',
    },
    allFrames: true,
  },
];

/** Presets of this build: the demo platform exists only in development, demo and test builds. */
export const PRESETS: readonly PlatformRule[] =
  // `env` exists only under Vite; the bench's replay (tsx) runs these presets too, as a test build.
  import.meta.env?.MODE === 'production' ? STORE_PRESETS : [...STORE_PRESETS, DEMO_PRESET];

/** Every match pattern of the store presets: what the platform content script is registered for. */
export const PRESET_MATCHES: string[] = STORE_PRESETS.flatMap((rule) => rule.matches);
