// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PortalSection } from '@/components/portal/PortalSection';
import type { PortalActions, PortalSettings } from '@/components/portal/portal-actions';
import { snapshotFile } from '@/components/portal/snapshot-file';
import { translate } from '@/storage/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/storage/schemas/settings';
import { snapshotSchema } from '@/storage/schemas/snapshot';
import { container, flush, useContainer } from './support/dom-container';

useContainer();

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const status = () => $('.portal-section [role="status"]')?.textContent ?? '';
const alert = () => $('.portal-section [role="alert"]')?.textContent ?? '';

/** The section over in-memory settings, re-rendered after each save as the dashboard does. */
function mount(initial: Partial<Settings> = {}, granted = true, held = new Set<string>()) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const actions = {
    requestOrigins: vi.fn(async (patterns: string[]) => {
      if (granted) for (const pattern of patterns) held.add(pattern);
      return granted;
    }),
    hasOrigins: vi.fn(async (patterns: string[]) => patterns.every((pattern) => held.has(pattern))),
    releaseOrigins: vi.fn(async (_: string[]) => {}),
    updatePortal: vi.fn(async (update: (current: PortalSettings) => Partial<PortalSettings>) => {
      settings = { ...settings, ...update(settings) };
      draw();
      return settings;
    }),
    saveSnapshot: vi.fn(
      async (): Promise<string | undefined> => 'studytrail-snapshot-2026-11-16_2026-11-22.json',
    ),
  } satisfies PortalActions;
  const draw = () => render(<PortalSection locale="en" settings={settings} actions={actions} />, container);
  act(draw);
  return { actions, current: () => settings };
}

function submitOrigin(value: string) {
  act(() => {
    const input = $<HTMLInputElement>('#portal-origin') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    $<HTMLFormElement>('form.portal-form')?.dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
}

describe('PortalSection', () => {
  it('says that no portal is allowed yet', () => {
    mount();
    expect(container.textContent).toContain(translate('en', 'portal_empty'));
  });

  it.each([
    ['http://portal.school.edu.cn', 'portal_errorInsecure'],
    ['ftp://portal.school.edu.cn', 'portal_errorScheme'],
    ['not an address', 'portal_errorInvalid'],
  ] as const)('refuses %j with a message and asks the browser for nothing', async (value, key) => {
    const { actions } = mount();
    submitOrigin(value);
    await flush();
    expect(actions.requestOrigins).not.toHaveBeenCalled();
    expect(actions.updatePortal).not.toHaveBeenCalled();
    expect($('#portal-origin')?.getAttribute('aria-invalid')).toBe('true');
    expect($('#portal-origin-error')?.textContent).toBe(translate('en', key));
  });

  it('asks for the host permission in the submit handler itself, then saves the origin', async () => {
    const { actions, current } = mount();
    submitOrigin('https://portal.school.edu.cn/xg/home?id=1');
    // Called before any await: the browser's prompt needs the user's gesture.
    expect(actions.requestOrigins).toHaveBeenCalledWith(['https://portal.school.edu.cn/*']);
    await flush();
    expect(current().portalOrigins).toEqual(['https://portal.school.edu.cn']);
    expect(status()).toBe(translate('en', 'portal_added', 'https://portal.school.edu.cn'));
    expect($<HTMLInputElement>('#portal-origin')?.value).toBe('');
    expect($('.portal-list')?.textContent).toContain('https://portal.school.edu.cn');
  });

  it('saves nothing when the browser refuses the permission, and says so', async () => {
    const { current } = mount({}, false);
    submitOrigin('https://portal.school.edu.cn');
    await flush();
    expect(current().portalOrigins).toEqual([]);
    expect(alert()).toBe(translate('en', 'portal_denied', 'https://portal.school.edu.cn'));
  });

  it('does not add an origin twice', async () => {
    const { actions } = mount({ portalOrigins: ['https://portal.school.edu.cn'] });
    submitOrigin('portal.school.edu.cn');
    await flush();
    expect(actions.requestOrigins).not.toHaveBeenCalled();
    expect(status()).toBe(translate('en', 'portal_already', 'https://portal.school.edu.cn'));
  });

  it('switches sharing off and on for one portal', async () => {
    const { current } = mount({ portalOrigins: ['https://a.edu.cn', 'https://b.edu.cn'] });
    const box = () => $<HTMLInputElement>('#portal-share-https-a-edu-cn') as HTMLInputElement;
    expect(box().checked).toBe(true);
    act(() => box().click());
    await flush();
    expect(current().portalSharingOff).toEqual(['https://a.edu.cn']);
    expect(box().checked).toBe(false);
    expect(container.textContent).toContain(translate('en', 'portal_sharingOff'));
    act(() => box().click());
    await flush();
    expect(current().portalSharingOff).toEqual([]);
  });

  it('removes a portal and gives its host permission back', async () => {
    const { actions, current } = mount({
      portalOrigins: ['https://a.edu.cn', 'https://b.edu.cn'],
      portalSharingOff: ['https://a.edu.cn'],
    });
    act(() => $<HTMLButtonElement>('button[aria-label="Remove https://a.edu.cn"]')?.click());
    await flush();
    expect(current().portalOrigins).toEqual(['https://b.edu.cn']);
    expect(current().portalSharingOff).toEqual([]);
    expect(actions.releaseOrigins).toHaveBeenCalledWith(['https://a.edu.cn/*']);
    expect(status()).toBe(translate('en', 'portal_removed', 'https://a.edu.cn'));
  });

  it('keeps a host permission a platform rule still needs', async () => {
    const { actions } = mount({
      portalOrigins: ['https://mooc.school.edu.cn'],
      customRules: [
        { id: 'r', name: '本校慕课', matches: ['*://mooc.school.edu.cn/course/*'], enabled: true },
      ],
    });
    act(() => $<HTMLButtonElement>('button[aria-label="Remove https://mooc.school.edu.cn"]')?.click());
    await flush();
    expect(actions.releaseOrigins).toHaveBeenCalledWith([]);
  });

  it('warns about a portal whose host permission was taken back, and asks for it again on a click', async () => {
    const held = new Set(['https://b.edu.cn/*']);
    const { actions } = mount({ portalOrigins: ['https://a.edu.cn', 'https://b.edu.cn'] }, true, held);
    await flush();
    const warnings = () => [...container.querySelectorAll('.portal .warning')];
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.closest('li')?.textContent).toContain('https://a.edu.cn');
    act(() => $<HTMLButtonElement>('button[aria-label="Grant access to https://a.edu.cn"]')?.click());
    expect(actions.requestOrigins).toHaveBeenCalledWith(['https://a.edu.cn/*']);
    await flush();
    await flush();
    expect(warnings()).toHaveLength(0);
  });

  it('saves the share level', async () => {
    const { current } = mount();
    act(() => $<HTMLInputElement>('#share-level-courses')?.click());
    await flush();
    expect(current().shareLevel).toBe('courses');
    expect(status()).toBe(translate('en', 'settings_saved'));
  });

  it('saves the snapshot file and names it, or says there is nothing yet', async () => {
    const { actions } = mount();
    const button = () =>
      [...container.querySelectorAll('button')].find(
        (b) => b.textContent === translate('en', 'portal_snapshotSave'),
      );
    act(() => button()?.click());
    await flush();
    expect(status()).toBe(
      translate('en', 'portal_snapshotSaved', 'studytrail-snapshot-2026-11-16_2026-11-22.json'),
    );
    actions.saveSnapshot.mockResolvedValueOnce(undefined);
    act(() => button()?.click());
    await flush();
    expect(status()).toBe(translate('en', 'portal_snapshotNoData'));
    actions.saveSnapshot.mockRejectedValueOnce(new Error('disk full'));
    act(() => button()?.click());
    await flush();
    expect(alert()).toBe(translate('en', 'portal_snapshotFailed', 'disk full'));
  });

  it('lists a stored entry the bridge refuses (plain http on the network) as text, so it can be removed', () => {
    mount({ portalOrigins: ['http://evil.example/<b>x</b>'] });
    expect($('b')).toBeNull();
    expect($('.portal-list')?.textContent).toContain('http://evil.example/<b>x</b>');
  });
});

describe('snapshotFile', () => {
  it('is the snapshot alone as JSON, named by its period', () => {
    const snapshot = snapshotSchema.parse({
      kind: 'studytrail.snapshot',
      schemaVersion: 1,
      generatedAt: '2026-11-18T10:00:00+08:00',
      period: { start: '2026-11-16', end: '2026-11-22' },
      weekMinutes: 30,
      goalMinutes: 180,
      perDay: [{ date: '2026-11-16', minutes: 30 }],
      currentStreakDays: 1,
    });
    const file = snapshotFile(snapshot);
    expect(file.fileName).toBe('studytrail-snapshot-2026-11-16_2026-11-22.json');
    expect(snapshotSchema.parse(JSON.parse(file.text))).toEqual(snapshot);
  });
});
