import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { translate } from '@/storage/i18n';
import { parseSelector } from '@/storage/platforms/parse-selector';
import {
  checkMatchPattern,
  draftFromRule,
  newUserRuleId,
  type RuleDraft,
  type RuleErrorKey,
  type RuleFieldError,
  validateRuleDraft,
} from '@/storage/platforms/validate-rule';
import { customRuleSchema } from '@/storage/schemas/settings';

// The browser's own selector parser in the extension; happy-dom's here, passed in as the page would be.
const doc = new Window().document as unknown as Document;
const options = { doc, newId: () => 'user-test0001' };

const draft = (change: Partial<RuleDraft> = {}): RuleDraft => ({
  name: '省级高校辅导员网络培训平台',
  matches: '*://study.example.edu.cn/course/*',
  ...change,
});

function errorsOf(change: Partial<RuleDraft>): RuleFieldError[] {
  const result = validateRuleDraft(draft(change), options);
  if (result.ok) throw new Error(`expected errors, got a valid rule: ${JSON.stringify(result.rule)}`);
  return result.errors;
}

const keysOf = (change: Partial<RuleDraft>) => errorsOf(change).map((error) => error.key);

describe('validateRuleDraft: a valid draft', () => {
  it('becomes a rule the settings schema accepts, with every field trimmed', () => {
    const result = validateRuleDraft(
      {
        name: '  某省培训平台 ',
        matches: ' *://study.example.edu.cn/course/* \n\n*://*.mooc.example.edu.cn/learn/*\n',
        courseTitle: ' h1.course-title ',
        lessonTitle: '.chapter-list li.active > span',
        titlePattern: ' ^(.+?) - 某省平台 ',
        allFrames: true,
      },
      options,
    );
    expect(result).toEqual({
      ok: true,
      rule: {
        id: 'user-test0001',
        name: '某省培训平台',
        matches: ['*://study.example.edu.cn/course/*', '*://*.mooc.example.edu.cn/learn/*'],
        courseTitle: { selector: 'h1.course-title' },
        lessonTitle: { selector: '.chapter-list li.active > span' },
        titlePattern: '^(.+?) - 某省平台',
        allFrames: true,
        enabled: true,
      },
    });
    if (result.ok) expect(customRuleSchema.parse(result.rule)).toEqual(result.rule);
  });

  it('leaves blank optional fields out instead of saving empty selectors', () => {
    const result = validateRuleDraft(
      draft({ courseTitle: '  ', lessonTitle: '', titlePattern: ' ', allFrames: false }),
      options,
    );
    expect(result.ok && result.rule).toEqual({
      id: 'user-test0001',
      name: '省级高校辅导员网络培训平台',
      matches: ['*://study.example.edu.cn/course/*'],
      enabled: true,
    });
  });

  it('drops repeated patterns and accepts Windows line endings', () => {
    const result = validateRuleDraft(
      draft({ matches: 'http://a.example.cn/*\r\nhttp://a.example.cn/*\r\n' }),
      options,
    );
    expect(result.ok && result.rule.matches).toEqual(['http://a.example.cn/*']);
  });

  it('an edited rule keeps its id and its on/off state', () => {
    const result = validateRuleDraft(draft(), { ...options, id: 'user-kept', enabled: false });
    expect(result.ok && result.rule.id).toBe('user-kept');
    expect(result.ok && result.rule.enabled).toBe(false);
  });

  it('a new rule gets a fresh user- id by default, never a preset id', () => {
    const first = validateRuleDraft(draft(), { doc });
    const second = validateRuleDraft(draft(), { doc });
    expect(first.ok && first.rule.id).toMatch(/^user-[0-9a-f]{12}$/);
    expect(first.ok && second.ok && first.rule.id !== second.rule.id).toBe(true);
    expect(newUserRuleId()).toMatch(/^user-/);
  });

  it('needs no document when the draft has no selectors', () => {
    expect(validateRuleDraft(draft(), { newId: options.newId }).ok).toBe(true);
  });

  it('round-trips through draftFromRule unchanged', () => {
    const rule = {
      id: 'user-abc',
      name: '本校慕课',
      matches: ['https://mooc.example.edu.cn/learn/*', '*://player.example.edu.cn/*'],
      lessonTitle: { selector: '#lesson h2' },
      titlePattern: '^(.+)_本校慕课',
      allFrames: true,
      enabled: false,
    };
    const result = validateRuleDraft(draftFromRule(rule), { doc, id: rule.id, enabled: rule.enabled });
    expect(result.ok && result.rule).toEqual(rule);
  });
});

describe('validateRuleDraft: name', () => {
  it.each(['', '   '])('%j is refused: a name is required', (name) => {
    expect(errorsOf({ name })).toEqual([{ field: 'name', key: 'ruleErrorNameRequired', params: [] }]);
  });

  it('more than 100 characters is refused with the limit', () => {
    expect(errorsOf({ name: '名'.repeat(101) })).toEqual([
      { field: 'name', key: 'ruleErrorNameTooLong', params: ['100'] },
    ]);
    expect(validateRuleDraft(draft({ name: '名'.repeat(100) }), options).ok).toBe(true);
  });
});

describe('validateRuleDraft: match patterns', () => {
  it.each(['', '\n  \n'])('%j is refused: at least one pattern', (matches) => {
    expect(errorsOf({ matches })).toEqual([
      { field: 'matches', key: 'ruleErrorMatchesRequired', params: [] },
    ]);
  });

  it('more than 20 patterns are refused', () => {
    const matches = Array.from({ length: 21 }, (_, i) => `*://s${i}.example.cn/*`).join('\n');
    expect(keysOf({ matches })).toEqual(['ruleErrorMatchesTooMany']);
  });

  it.each<[string, RuleErrorKey]>([
    ['*://www.icourse.example.cn/learn/*#/learn/content', 'ruleErrorMatchFragment'],
    ['*://example.edu.cn/#/lesson/*', 'ruleErrorMatchFragment'],
    ['ftp://files.example.edu.cn/*', 'ruleErrorMatchScheme'],
    ['file:///home/me/*', 'ruleErrorMatchScheme'],
    ['ws://live.example.edu.cn/*', 'ruleErrorMatchScheme'],
    ['*://exa*mple.edu.cn/*', 'ruleErrorMatchHost'],
    ['*://*example.edu.cn/*', 'ruleErrorMatchHost'],
    ['*://study.example.edu.cn:8080/*', 'ruleErrorMatchPort'],
    ['study.example.edu.cn/*', 'ruleErrorMatchPath'],
    ['*://study.example.edu.cn', 'ruleErrorMatchPath'],
  ])('%j is refused as %s', (pattern, key) => {
    expect(errorsOf({ matches: pattern })).toEqual([{ field: 'matches', key, params: [pattern] }]);
  });

  it.each(['<all_urls>', '*://*/*', 'https://*/*', 'http://*/learn/*'])(
    '%j is refused: it matches every website',
    (pattern) => {
      expect(errorsOf({ matches: pattern })).toEqual([
        { field: 'matches', key: 'ruleErrorMatchAllSites', params: [pattern] },
      ]);
    },
  );

  it.each(['*://*.cn/*', 'https://*.com/learn/*'])('%j is refused: a whole top-level domain', (pattern) => {
    expect(keysOf({ matches: pattern })).toEqual(['ruleErrorMatchTooBroad']);
  });

  it.each([
    '*://*.edu.cn/*',
    '*://*.com.cn/*',
    'https://*.gov.cn/learn/*',
    '*://*.github.io/*',
    '*://*.co.uk/*',
    '*://*.localhost/*',
    '*://*.127.0.0.1/*',
  ])('%j is refused: broader than one registrable domain (public suffix list)', (pattern) => {
    expect(errorsOf({ matches: pattern })).toEqual([
      { field: 'matches', key: 'ruleErrorMatchTooBroad', params: [pattern] },
    ]);
  });

  it.each(['*://*.example.edu.cn/*', '*://*.mooc.example.com.cn/*', '*://*.someone.github.io/*'])(
    '%j is accepted: one registrable domain and its subdomains',
    (pattern) => {
      expect(checkMatchPattern(pattern)).toBeUndefined();
    },
  );

  it('the too-broad message names the pattern and what to do, in both languages', () => {
    const [error] = errorsOf({ matches: '*://*.edu.cn/*' });
    if (!error) throw new Error('expected an error');
    for (const locale of ['en', 'zh_CN'] as const) {
      const text = translate(locale, error.key, ...error.params);
      expect(text, locale).toContain('*://*.edu.cn/*');
      expect(text, locale).toContain('*.example.edu.cn');
    }
  });

  it('a pattern over 500 characters is refused', () => {
    expect(keysOf({ matches: `*://example.edu.cn/${'a'.repeat(490)}` })).toEqual(['ruleErrorMatchTooLong']);
  });

  it('http, https and *:// patterns with paths, wildcards and queries are accepted', () => {
    for (const pattern of [
      'http://127.0.0.1/platform/*',
      'https://study.example.edu.cn/viewer.do?courseId=*',
      '*://*.example.edu.cn/*',
      '*://*.edu.cn.example.org/*',
    ]) {
      expect(checkMatchPattern(pattern), pattern).toBeUndefined();
    }
  });

  it('names each bad line with its own error and lets the good lines be', () => {
    const errors = errorsOf({
      matches: ['*://good.example.edu.cn/*', '*://a.example.cn/x#y', 'ftp://b.example.cn/*'].join('\n'),
    });
    expect(errors).toEqual([
      { field: 'matches', key: 'ruleErrorMatchFragment', params: ['*://a.example.cn/x#y'] },
      { field: 'matches', key: 'ruleErrorMatchScheme', params: ['ftp://b.example.cn/*'] },
    ]);
  });

  it('the fragment message explains why and what to do, in both languages', () => {
    const [error] = errorsOf({ matches: '*://example.edu.cn/learn#/x' });
    expect(error).toBeDefined();
    if (!error) return;
    const en = translate('en', error.key, ...error.params);
    expect(en).toContain('*://example.edu.cn/learn#/x');
    expect(en).toContain('never see the part after #');
    expect(en).toContain('full URL');
    expect(translate('zh_CN', error.key, ...error.params)).toContain('# 之后的部分');
  });
});

describe('validateRuleDraft: title selectors and title pattern', () => {
  it.each(['h1[', 'div >', '..title', '}'])(
    'selector %j is refused for course and lesson titles',
    (selector) => {
      expect(errorsOf({ courseTitle: selector, lessonTitle: selector })).toEqual([
        { field: 'courseTitle', key: 'ruleErrorSelectorInvalid', params: [selector] },
        { field: 'lessonTitle', key: 'ruleErrorSelectorInvalid', params: [selector] },
      ]);
    },
  );

  it('selectors the presets use are accepted', () => {
    const result = validateRuleDraft(
      draft({
        courseTitle: 'li.cvtb-top-list-item > span',
        lessonTitle: '#mainid h1, #mainid .prev_title_pos div',
      }),
      options,
    );
    expect(result.ok).toBe(true);
  });

  it('a selector over 500 characters is refused', () => {
    expect(keysOf({ lessonTitle: `.${'a'.repeat(500)}` })).toEqual(['ruleErrorSelectorTooLong']);
  });

  it('a regular expression that does not compile is refused with the reason', () => {
    const [error, ...rest] = errorsOf({ titlePattern: '^(.+ - 平台' });
    expect(rest).toEqual([]);
    expect(error?.field).toBe('titlePattern');
    expect(error?.key).toBe('ruleErrorPatternInvalid');
    expect(error?.params[0]).toMatch(/.+/);
  });

  it.each(['^课程 - 平台$', '(?:课程) - 平台'])(
    '%j is refused: no capture group for the course name',
    (pattern) => {
      expect(keysOf({ titlePattern: pattern })).toEqual(['ruleErrorPatternNoGroup']);
    },
  );

  it('named and numbered capture groups are accepted', () => {
    expect(validateRuleDraft(draft({ titlePattern: '^(?<course>.+?)_平台' }), options).ok).toBe(true);
    expect(validateRuleDraft(draft({ titlePattern: '^(.+?) - (.+) - 学堂' }), options).ok).toBe(true);
  });

  it('a pattern over 500 characters is refused', () => {
    expect(keysOf({ titlePattern: `(${'a'.repeat(500)})` })).toEqual(['ruleErrorPatternTooLong']);
  });
});

describe('validateRuleDraft: several problems', () => {
  it('reports every field at once, in form order', () => {
    const errors = errorsOf({
      name: '',
      matches: '<all_urls>',
      courseTitle: 'h1[',
      lessonTitle: 'ok',
      titlePattern: '(',
    });
    expect(errors.map((error) => [error.field, error.key])).toEqual([
      ['name', 'ruleErrorNameRequired'],
      ['matches', 'ruleErrorMatchAllSites'],
      ['courseTitle', 'ruleErrorSelectorInvalid'],
      ['titlePattern', 'ruleErrorPatternInvalid'],
    ]);
  });
});

describe('parseSelector', () => {
  it('asks the given document to parse, without matching anything in it', () => {
    expect(parseSelector('main article > h1.title', doc)).toBe(true);
    expect(parseSelector('main article >', doc)).toBe(false);
  });

  it('outside a page and without a document it throws with the selector named', () => {
    expect(globalThis.document).toBeUndefined();
    expect(() => parseSelector('h1')).toThrow(/parseSelector\("h1"\)/);
  });
});
