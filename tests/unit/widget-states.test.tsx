// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRINGS } from '@/widget/strings';
import { DIGEST, inline, mount, SNAPSHOT, stateOf, textOf, waitForState } from './support/widget-harness';

const zh = STRINGS['zh-CN'];
const en = STRINGS.en;

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<studytrail-progress> data and states', () => {
  it('renders an inline snapshot at once: week against the goal in 学时 and minutes, bars, streak, courses, topics', () => {
    const element = inline(JSON.stringify(SNAPSHOT));
    expect(stateOf(element)).toBe('ready');
    const text = textOf(element);
    expect(text).toContain('5.5 / 4.4 学时');
    expect(text).toContain('247 / 200 分钟');
    expect(text).toContain('连续学习 8 天');
    expect(text).toContain('大学生心理健康教育');
    expect(text).toContain('心理危机干预');
    const root = element.shadowRoot;
    expect(root?.querySelectorAll('svg rect')).toHaveLength(7);
    expect(root?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const alternative = [...(root?.querySelectorAll('.sr li') ?? [])].map((li) => li.textContent);
    expect(alternative[0]).toBe('一 2026-11-16：60 分钟');
    expect(alternative[6]).toBe('日 2026-11-22：12 分钟');
    expect(root?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('100');
  });

  it('shows minutes only when the snapshot has no class hours, and no course list when not shared', () => {
    const { classHourMinutes, courses, topics, ...minutesOnly } = SNAPSHOT;
    const element = inline(JSON.stringify(minutesOnly));
    expect(textOf(element)).toContain('247 / 200 分钟');
    expect(textOf(element)).not.toContain('学时');
    expect(element.shadowRoot?.querySelector('ol')).toBeNull();
  });

  it('shows whole minutes cut down and class hours with one decimal, as the popup does', () => {
    const element = inline(JSON.stringify({ ...SNAPSHOT, weekMinutes: 89.9, goalMinutes: 180 }));
    expect(textOf(element)).toContain('2.0 / 4.0 学时');
    expect(textOf(element)).toContain('89 / 180 分钟');
  });

  it('accepts a whole digest and projects it like toSnapshot at share level minutes', () => {
    const element = inline(JSON.stringify(DIGEST));
    expect(stateOf(element)).toBe('ready');
    expect(textOf(element)).toContain('247 / 200 分钟');
    expect(textOf(element)).not.toContain('大学生心理健康教育');
    expect(textOf(element)).not.toContain(DIGEST.reflections[0]?.learned ?? '—');
  });

  it('finds an inline child that is parsed after the element connects', async () => {
    // `</` is escaped in inline JSON so a title cannot end the script element (README says so too).
    const json = JSON.stringify(SNAPSHOT).replaceAll('</', '<\\/');
    const element = mount(
      `<studytrail-progress lang="en"><script type="application/json">${json}</script></studytrail-progress>`,
    );
    await waitForState(element, 'ready');
    expect(textOf(element)).toContain('5.5 of 4.4 class hours');
  });

  it('says "no data yet" for an empty inline child', () => {
    const element = inline('  ');
    expect(stateOf(element)).toBe('no-data');
    expect(textOf(element)).toContain(zh['no-data'][0]);
  });

  it.each([
    ['not JSON', '{"kind":'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a snapshot with negative minutes', JSON.stringify({ ...SNAPSHOT, weekMinutes: -1 })],
    [
      'a snapshot with a bad date',
      JSON.stringify({ ...SNAPSHOT, period: { start: '2026-13-01', end: 'x' } }),
    ],
    ['a snapshot of an unknown version', JSON.stringify({ ...SNAPSHOT, schemaVersion: 2 })],
    ['a digest of an unknown version', JSON.stringify({ ...DIGEST, schemaVersion: 4 })],
  ])('shows "invalid data" with what to do for %s', (_name, json) => {
    const element = inline(json);
    expect(stateOf(element)).toBe('invalid');
    expect(textOf(element)).toContain(zh.invalid[0]);
    expect(textOf(element)).toContain(zh.invalid[1]);
  });

  it.each([
    ['goal-minutes', 'many'],
    ['goal-minutes', '-5'],
    ['source', 'cloud'],
  ])('shows "invalid" naming the attribute %s when its value is bad (%s)', (name, value) => {
    const element = inline(JSON.stringify(SNAPSHOT), { [name]: value });
    expect(stateOf(element)).toBe('invalid');
    expect(textOf(element)).toContain(`“${name}”`);
  });

  it('fetches a snapshot file from src, relative to the page', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(SNAPSHOT), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const element = mount('<studytrail-progress src="data/snapshot.json"></studytrail-progress>');
    expect(stateOf(element)).toBe('loading');
    expect(textOf(element)).toContain(zh.loading);
    await waitForState(element, 'ready');
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(
      new URL('data/snapshot.json', document.baseURI).href,
    );
    expect(textOf(element)).toContain('5.5 / 4.4 学时');
  });

  it('fetches a digest file from src and projects it', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(DIGEST), { status: 200 }));
    const element = mount('<studytrail-progress src="/digest.json"></studytrail-progress>');
    await waitForState(element, 'ready');
    expect(textOf(element)).toContain('247 / 200 分钟');
  });

  it('shows "invalid" with the HTTP status when the src file is missing, and when the network fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    const missing = mount('<studytrail-progress src="/gone.json"></studytrail-progress>');
    await waitForState(missing, 'invalid');
    expect(textOf(missing)).toContain('HTTP 404');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const offline = mount('<studytrail-progress src="/snapshot.json"></studytrail-progress>');
    await waitForState(offline, 'invalid');
    expect(textOf(offline)).toContain('network');
  });

  it('re-renders when lang and goal-minutes change, and reloads when src changes', async () => {
    const element = inline(JSON.stringify({ ...SNAPSHOT, classHourMinutes: undefined }));
    element.setAttribute('lang', 'en');
    expect(textOf(element)).toContain('247 of 200 min');
    expect(textOf(element)).toContain(en.heading);
    element.setAttribute('goal-minutes', '300');
    expect(textOf(element)).toContain('247 of 300 min');
    element.setAttribute('theme', 'dark');
    expect(stateOf(element)).toBe('ready');
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 200 }));
    element.setAttribute('src', '/other.json');
    await waitForState(element, 'invalid');
    expect(textOf(element)).toContain(en.invalid[1]);
  });

  it('never throws into the page when rendering fails: it logs and shows "invalid"', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = document.createElement('studytrail-progress');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(SNAPSHOT);
    element.append(script);
    // Weekdays of the bars come from Date.UTC: make that throw in the middle of the render.
    vi.spyOn(Date, 'UTC').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(() => document.body.append(element)).not.toThrow();
    expect(warn).toHaveBeenCalledWith('<studytrail-progress>:', expect.any(Error));
    expect(stateOf(element)).toBe('invalid');
  });
});
