/*
 * The widget's own UI text: it runs on the portal's page and cannot read the extension's _locales.
 * Both languages have the same keys (the `Strings` type and a unit test hold them together).
 * `{name}` placeholders are filled by `format`.
 */

const zhCN = {
  heading: '学迹 · 学习进度',
  loading: '正在读取学习进度…',
  // A state's title and what to do next.
  'not-connected': [
    '未连接学迹扩展',
    '请安装学迹（StudyTrail）浏览器扩展；如已安装，请在其设置的“学校门户”中允许 {origin}，然后刷新本页。',
  ],
  'consent-needed': [
    '学习进度未分享',
    '此门户已获允许，但共享已暂停。如需显示进度，请在学迹设置的“学校门户”中开启共享。',
  ],
  'no-data': ['暂无学习记录', '在培训平台上学习后，本周进度会显示在这里。'],
  invalid: ['无法读取学习进度', '数据不是学迹导出的快照或周报 JSON。请重新导出并替换该文件。'],
  invalidAttribute: '属性“{name}”无效，请门户管理员对照说明检查代码片段。',
  fetchFailed: '无法加载数据文件（{status}），请检查 src 地址。',
  period: '{start} 至 {end}',
  minutesOfGoal: '{done} / {goal} 分钟',
  classHoursOfGoal: '{done} / {goal} 学时',
  percentOfGoal: '完成目标的 {percent}%',
  perDay: '每日学习时长',
  dayMinutes: '{day}：{minutes} 分钟',
  streak: '连续学习 {days} 天',
  courses: '主要课程',
  topics: '主要主题',
  minutes: '{minutes} 分钟',
  topicCount: '{count} 条',
  updated: '数据截至 {date}',
  weekdays: '一 二 三 四 五 六 日',
  plan: '培训计划',
  planHours: '：{done}/{required} 学时，{status}，{deadline} 截止',
  planPace: '，还需每周 {pace} 学时',
  // In the order of PLAN_STATUSES (storage/schemas/snapshot.ts).
  planStatuses: '未开始|进度正常|进度落后|已完成|已截止',
};

/** Same keys as zhCN; a state's entry is [title, hint]. */
export type Strings = {
  [K in keyof typeof zhCN]: (typeof zhCN)[K] extends string ? string : [string, string];
};

const en: Strings = {
  heading: 'StudyTrail · study progress',
  loading: 'Loading study progress…',
  'not-connected': [
    'StudyTrail is not connected',
    'Install the StudyTrail browser extension. If it is installed, allow {origin} under School portal in its settings, then reload this page.',
  ],
  'consent-needed': [
    'Progress is not shared',
    'This portal is allowed, but sharing is off. To show your progress, switch it on under School portal in StudyTrail’s settings.',
  ],
  'no-data': ['No study time yet', 'Study on a training platform and this week’s progress will appear here.'],
  invalid: [
    'Progress could not be read',
    'The data is not a StudyTrail snapshot or digest JSON. Export it again and replace the file.',
  ],
  invalidAttribute: 'The attribute “{name}” is invalid; the portal admin should check the snippet.',
  fetchFailed: 'The data file could not be loaded ({status}); check the src address.',
  period: '{start} to {end}',
  minutesOfGoal: '{done} of {goal} min',
  classHoursOfGoal: '{done} of {goal} class hours (学时)',
  percentOfGoal: '{percent}% of the goal',
  perDay: 'Minutes per day',
  dayMinutes: '{day}: {minutes} min',
  streak: 'Current streak: {days} days',
  courses: 'Top courses',
  topics: 'Top topics',
  minutes: '{minutes} min',
  topicCount: '×{count}',
  updated: 'Data as of {date}',
  weekdays: 'Mon Tue Wed Thu Fri Sat Sun',
  plan: 'Training plan',
  planHours: ': {done}/{required} class hours, {status}, due {deadline}',
  planPace: ', {pace} a week needed',
  planStatuses: 'not started|on track|behind|done|ended',
};

export const STRINGS: Record<'zh-CN' | 'en', Strings> = { 'zh-CN': zhCN as Strings, en };
export type WidgetLang = keyof typeof STRINGS;

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
