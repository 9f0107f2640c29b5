import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '@/storage/schemas/settings';

const validRule = {
  id: 'province',
  name: '省级培训平台',
  matches: ['*://study.example.gov.cn/course/*'],
  courseTitle: { selector: 'h1.course' },
  titlePattern: '^(.+?) - 省平台',
};

describe('settings defaults', () => {
  it('every field has the documented default', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: 2,
      idleSeconds: 180,
      heartbeatSeconds: 15,
      countBackgroundAudio: false,
      weeklyGoalMinutes: 180,
      goalUnit: 'minutes',
      classHourMinutes: 45,
      reflection: { enabled: true, afterMinutes: 25, maxPerDay: 3, snoozeMinutes: 10 },
      enabledPlatforms: {},
      customRules: [],
      portalOrigins: [],
      shareLevel: 'minutes',
      portalSharingOff: [],
      timeZone: 'auto',
      locale: 'auto',
      paused: false,
      weeklyReminder: { enabled: true, weekday: 1 },
      organisesTraining: false,
      learner: {},
      goalFollowsPlan: '',
      planReminders: true,
    });
  });

  it('parsing nothing stored (undefined) gives the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['null', null],
    ['a string', 'settings'],
    ['an array', [{ idleSeconds: 60 }]],
    ['a number', 42],
    ['a boolean', true],
  ])('%s gives the defaults without throwing', (_, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('a valid stored object is kept as is', () => {
    const stored = {
      version: 2,
      idleSeconds: 300,
      heartbeatSeconds: 30,
      countBackgroundAudio: true,
      weeklyGoalMinutes: 240,
      goalUnit: 'classHours',
      classHourMinutes: 40,
      reflection: { enabled: false, afterMinutes: 30, maxPerDay: 5, snoozeMinutes: 15 },
      enabledPlatforms: { enaea: false, smartedu: true },
      customRules: [{ ...validRule, enabled: false }],
      portalOrigins: ['https://portal.example.edu.cn'],
      shareLevel: 'topics',
      portalSharingOff: ['https://portal.example.edu.cn'],
      timeZone: 'Asia/Shanghai',
      locale: 'en',
      paused: true,
      weeklyReminder: { enabled: false, weekday: 5 },
      organisesTraining: true,
      learner: { name: '王芳', staffNumber: '20190123', unit: '学生工作部' },
      goalFollowsPlan: 'plan-1',
      planReminders: false,
    };
    expect(parseSettings(stored)).toEqual(stored);
  });
});

describe('settings fall back field by field', () => {
  it('learner identity keeps its valid fields and drops a control character or an over-long value', () => {
    const learner = { name: 'A\u0007B', staffNumber: '  20190123 ', unit: 'x'.repeat(101) };
    expect(parseSettings({ learner }).learner).toEqual({ staffNumber: '20190123' });
    expect(parseSettings({ learner: 'me' }).learner).toEqual({});
  });

  it('one invalid field falls back and keeps the others', () => {
    const settings = parseSettings({
      idleSeconds: 'three minutes',
      heartbeatSeconds: 20,
      weeklyGoalMinutes: 300,
      paused: true,
    });
    expect(settings.idleSeconds).toBe(180);
    expect(settings.heartbeatSeconds).toBe(20);
    expect(settings.weeklyGoalMinutes).toBe(300);
    expect(settings.paused).toBe(true);
  });

  it.each([
    ['idleSeconds', 5, 180],
    ['idleSeconds', 99999, 180],
    ['idleSeconds', 60.5, 180],
    ['heartbeatSeconds', 1, 15],
    ['heartbeatSeconds', 600, 15],
    ['heartbeatSeconds', Number.NaN, 15],
    ['countBackgroundAudio', 'yes', false],
    ['weeklyGoalMinutes', -1, 180],
    ['weeklyGoalMinutes', 10081, 180],
    ['goalUnit', 'hours', 'minutes'],
    ['classHourMinutes', 0, 45],
    ['shareLevel', 'everything', 'minutes'],
    ['locale', 'fr', 'auto'],
    ['paused', 1, false],
  ] as const)('%s = %j falls back to %j', (field, value, expected) => {
    const settings = parseSettings({ ...DEFAULT_SETTINGS, heartbeatSeconds: 20, [field]: value });
    expect(settings[field]).toBe(expected);
    if (field !== 'heartbeatSeconds') expect(settings.heartbeatSeconds).toBe(20);
  });

  it('reflection settings fall back field by field too', () => {
    const settings = parseSettings({ reflection: { enabled: false, afterMinutes: 1, maxPerDay: 'many' } });
    expect(settings.reflection).toEqual({
      enabled: false,
      afterMinutes: 25,
      maxPerDay: 3,
      snoozeMinutes: 10,
    });
  });

  it('a reflection value that is not an object gives the reflection defaults', () => {
    expect(parseSettings({ reflection: 'on' }).reflection).toEqual(DEFAULT_SETTINGS.reflection);
    expect(parseSettings({ reflection: null }).reflection).toEqual(DEFAULT_SETTINGS.reflection);
  });

  it('an invalid time zone falls back to auto', () => {
    expect(parseSettings({ timeZone: 'Mars/Olympus_Mons' }).timeZone).toBe('auto');
    expect(parseSettings({ timeZone: 8 }).timeZone).toBe('auto');
    expect(parseSettings({ timeZone: '' }).timeZone).toBe('auto');
  });

  it('a valid IANA time zone is kept', () => {
    expect(parseSettings({ timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
    expect(parseSettings({ timeZone: 'auto' }).timeZone).toBe('auto');
  });

  it('enabledPlatforms keeps boolean entries and falls back to {} for a non-object', () => {
    expect(parseSettings({ enabledPlatforms: { enaea: false } }).enabledPlatforms).toEqual({ enaea: false });
    expect(parseSettings({ enabledPlatforms: ['enaea'] }).enabledPlatforms).toEqual({});
    expect(parseSettings({ enabledPlatforms: 'all' }).enabledPlatforms).toEqual({});
  });

  it('portalOrigins keeps http(s) URLs and drops anything else', () => {
    const settings = parseSettings({
      portalOrigins: [
        'https://portal.example.edu.cn',
        'javascript:alert(1)',
        42,
        'not a url',
        'http://intranet.school.cn',
      ],
    });
    expect(settings.portalOrigins).toEqual(['https://portal.example.edu.cn', 'http://intranet.school.cn']);
  });

  it('unknown keys are dropped', () => {
    const settings = parseSettings({
      idleSeconds: 60,
      evil: '<script>',
      __proto__polluted: true,
      reflection: { extra: 1 },
    });
    expect(settings).not.toHaveProperty('evil');
    expect(settings).not.toHaveProperty('__proto__polluted');
    expect(settings.reflection).not.toHaveProperty('extra');
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('settings customRules', () => {
  it('keeps valid rules and drops invalid ones', () => {
    const settings = parseSettings({
      customRules: [
        validRule,
        { ...validRule, id: '' },
        { id: 'no-matches', name: 'No matches', matches: [] },
        { name: 'no id', matches: ['*://a.test/*'] },
        'a string',
        null,
        { ...validRule, id: 'second', enabled: false },
      ],
    });
    expect(settings.customRules.map((rule) => rule.id)).toEqual(['province', 'second']);
  });

  it('a rule without enabled is enabled, and an invalid enabled falls back to true', () => {
    const settings = parseSettings({ customRules: [validRule, { ...validRule, id: 'b', enabled: 'no' }] });
    expect(settings.customRules.map((rule) => rule.enabled)).toEqual([true, true]);
  });

  it('unknown keys inside a rule are dropped', () => {
    const [rule] = parseSettings({ customRules: [{ ...validRule, script: 'alert(1)' }] }).customRules;
    expect(rule).toBeDefined();
    expect(rule).not.toHaveProperty('script');
  });

  it('a non-array customRules gives an empty list', () => {
    expect(parseSettings({ customRules: validRule }).customRules).toEqual([]);
    expect(parseSettings({ customRules: 'x' }).customRules).toEqual([]);
  });
});
