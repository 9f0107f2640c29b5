// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestActions } from '@/components/digest/DigestView';
import { DigestView } from '@/components/digest/DigestView';
import type { DigestFile } from '@/components/digest/digest-files';
import { buildDigest } from '@/storage/digest';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);

function fakeActions(overrides: Partial<DigestActions> = {}) {
  const saved: DigestFile[][] = [];
  const actions: DigestActions = {
    load: vi.fn(async () => digest),
    save: (files) => saved.push(files),
    copy: vi.fn(async () => undefined),
    showWeek: vi.fn(),
    ...overrides,
  };
  return { actions, saved };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

describe('DigestView', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const button = (text: string) =>
    Array.from(root.querySelectorAll('button')).find((b) =>
      b.textContent?.includes(text),
    ) as HTMLButtonElement;

  it('loads the chosen week and previews the printable document in a sandboxed frame', async () => {
    const { actions } = fakeActions();
    await act(() => {
      render(<DigestView locale="en" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    expect(actions.load).toHaveBeenCalledWith(PERIOD);
    expect(root.querySelector('[data-testid="digest-week"]')?.textContent).toBe('2026-11-16 to 2026-11-22');
    const frame = root.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/i);
    expect(frame?.getAttribute('srcdoc')).not.toContain('<script>alert');
  });

  it('downloads each format with the date range in every file name', async () => {
    const { actions, saved } = fakeActions();
    await act(() => {
      render(<DigestView locale="zh_CN" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    for (const format of ['markdown', 'html', 'csv', 'json', 'xapi']) {
      (root.querySelector(`button[data-format="${format}"]`) as HTMLButtonElement).click();
    }
    const names = saved.flat().map((file) => file.fileName);
    expect(names).toHaveLength(1 + 1 + 5 + 1 + 1);
    for (const name of names) expect(name).toContain('2026-11-16_2026-11-22');
    expect(names).toContain('studytrail-2026-11-16_2026-11-22.md');
    expect(names).toContain('studytrail-2026-11-16_2026-11-22-xapi.json');
  });

  it('names the learner in xAPI only with a name and a valid homepage, else exports anonymously', async () => {
    const { actions, saved } = fakeActions();
    await act(() => {
      render(<DigestView locale="en" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    const inputs = Array.from(root.querySelectorAll<HTMLInputElement>('fieldset input'));
    const name = inputs.at(-2) as HTMLInputElement;
    const home = inputs.at(-1) as HTMLInputElement;
    await act(() => {
      name.value = 'Li Ming';
      name.dispatchEvent(new Event('input'));
      home.value = 'not a url';
      home.dispatchEvent(new Event('input'));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('http');
    (root.querySelector('button[data-format="xapi"]') as HTMLButtonElement).click();
    const anonymous = JSON.parse(saved[0]?.[0]?.text ?? '[]');
    expect(anonymous[0].actor.account.name).toBe('anonymous');
    await act(() => {
      home.value = 'https://www.example.edu.cn';
      home.dispatchEvent(new Event('input'));
    });
    (root.querySelector('button[data-format="xapi"]') as HTMLButtonElement).click();
    const named = JSON.parse(saved[1]?.[0]?.text ?? '[]');
    expect(named[0].actor).toMatchObject({
      account: { homePage: 'https://www.example.edu.cn', name: 'Li Ming' },
    });
  });

  it('moves a week back and forth through the address', async () => {
    const { actions } = fakeActions();
    await act(() => {
      render(<DigestView locale="en" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    button('Previous week').click();
    button('Next week').click();
    expect(actions.showWeek).toHaveBeenNthCalledWith(1, '2026-11-09');
    expect(actions.showWeek).toHaveBeenNthCalledWith(2, '2026-11-23');
  });

  it('copies the Markdown and says so', async () => {
    const { actions } = fakeActions();
    await act(() => {
      render(<DigestView locale="en" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    await act(async () => {
      button('Copy Markdown').click();
    });
    await flush();
    expect(actions.copy).toHaveBeenCalledWith(expect.stringContaining('2026-11-16'));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('copied');
  });

  it('shows a clear error when the week cannot be built, and offers no download', async () => {
    const { actions } = fakeActions({ load: async () => Promise.reject(new Error('database closed')) });
    await act(() => {
      render(<DigestView locale="zh_CN" week={PERIOD} actions={actions} />, root);
    });
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('database closed');
    expect((root.querySelector('button[data-format="markdown"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
