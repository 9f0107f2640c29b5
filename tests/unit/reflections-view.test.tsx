// @vitest-environment happy-dom
import JSZip from 'jszip';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE, ReflectionsView, UNDO_MS } from '@/components/reflections/ReflectionsView';
import type { ReflectionsActions } from '@/components/reflections/reflections-actions';
import { getDb } from '@/storage/db';
import { buildDigest } from '@/storage/digest';
import {
  allReflections,
  deleteReflection,
  reflectionsOfWeek,
  restoreReflection,
  saveReflection,
  updateReflection,
} from '@/storage/repositories/reflections';
import type { ReflectionRow } from '@/storage/schemas/rows';
import { makeReflection } from './support/reflection-rows';

const TZ = 'Asia/Shanghai';
const HOSTILE = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
const ROWS: ReflectionRow[] = [
  // Monday 2026-04-13 00:30 in Shanghai (Sunday 16:30 UTC): the first minute of that ISO week there.
  makeReflection({
    id: 'mon',
    createdAt: Date.UTC(2026, 3, 12, 16, 30),
    courseKey: 'demo:course:ethics',
    courseTitle: '人工智能伦理与学生隐私保护',
    topics: ['隐私'],
    learned: '数据最小化原则',
    isCase: true,
    thought: '心理普查收集过多',
    apply: '只做匿名汇总',
  }),
  makeReflection({
    id: 'wed',
    createdAt: Date.UTC(2026, 3, 15, 2, 0),
    courseKey: 'demo:course:opinion',
    courseTitle: 'AI 与网络舆情研判',
    topics: ['舆情', 'Emotion'],
    learned: `先看情绪再看事实 ${HOSTILE}`,
  }),
  // Sunday 2026-04-19 23:30 in Shanghai: still the same week.
  makeReflection({
    id: 'sun',
    createdAt: Date.UTC(2026, 3, 19, 15, 30),
    learned: '周日的总结',
    topics: ['舆情'],
  }),
  // Sunday 2026-04-12 23:59 in Shanghai: the week before.
  makeReflection({
    id: 'prev',
    createdAt: Date.UTC(2026, 3, 12, 15, 59),
    learned: '上周的要点',
    apply: '班会',
  }),
];

let root: HTMLDivElement;
let downloads: { data: Blob; fileName: string }[];
const actions: ReflectionsActions = {
  all: allReflections,
  update: (id, changes) => updateReflection(id, changes, Date.UTC(2026, 3, 20)),
  remove: deleteReflection,
  restore: restoreReflection,
  download: (data, fileName) => downloads.push({ data, fileName }),
};

/** Lets Dexie's live query and Preact settle until `check` holds (no fixed waits). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  }
  expect(check()).toBe(true);
}

const shownIds = () =>
  [...root.querySelectorAll('[data-testid="reflection"]')].map(
    (a) => a.id || a.getAttribute('aria-labelledby'),
  );
const ids = () => shownIds().map((label) => label?.replace('reflection-', ''));
const weeks = () => [...root.querySelectorAll('section.week')].map((s) => s.getAttribute('data-week'));
const button = (text: string, scope: ParentNode = root) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const article = (id: string) => root.querySelector(`[aria-labelledby="reflection-${id}"]`) as HTMLElement;

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(element: HTMLSelectElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

async function mount() {
  await act(() => render(<ReflectionsView locale="en" timeZone={TZ} actions={actions} />, root));
  await until(() => root.querySelectorAll('[data-testid="reflection"]').length > 0);
}

beforeEach(async () => {
  await getDb().reflections.clear();
  for (const row of ROWS) await saveReflection(row);
  downloads = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('ReflectionsView', () => {
  it('lists reflections by ISO week in the time zone, newest first, with the count the digest and popup use', async () => {
    await mount();
    expect(weeks()).toEqual(['2026-04-13', '2026-04-06']);
    expect(ids()).toEqual(['sun', 'wed', 'mon', 'prev']);
    const counts = [...root.querySelectorAll('[data-testid="week-count"]')].map((el) => el.textContent);
    expect(counts).toEqual(['Reflections: 3', 'Reflections: 1']);
    const digest = buildDigest(
      { sessions: [], reflections: ROWS },
      {
        start: '2026-04-13',
        end: '2026-04-19',
        timeZone: TZ,
        now: Date.UTC(2026, 3, 20),
        weeklyGoalMinutes: 180,
      },
    );
    expect(digest.reflections).toHaveLength(3);
    expect(await reflectionsOfWeek(Date.UTC(2026, 3, 15), TZ)).toHaveLength(3);
  });

  it('renders the newest 100 reflections first and the older ones on "show more"', async () => {
    const base = Date.UTC(2026, 5, 1);
    for (let i = 0; i < 146; i++) {
      await saveReflection(
        makeReflection({ id: `many-${i}`, createdAt: base + i * 3_600_000, learned: `第 ${i} 条` }),
      );
    }
    await mount();
    await until(() => ids().length === PAGE_SIZE);
    expect(ids()[0]).toBe('many-145');
    await act(() => button('Show older reflections (50 more)').click());
    expect(ids()).toHaveLength(150);
    expect(ids().slice(-4)).toEqual(['sun', 'wed', 'mon', 'prev']);
    expect(button('Show older reflections (50 more)')).toBeUndefined();
  });

  it('shows typed HTML and script as text, never as markup', async () => {
    await mount();
    expect(root.querySelector('img, script')).toBeNull();
    expect(article('wed').querySelector('[data-field="learned"]')?.textContent).toContain(HOSTILE);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('searches 学, 思, 用 and topics, case-insensitively, every word', async () => {
    await mount();
    const search = root.querySelector('#reflections-search') as HTMLInputElement;
    await act(() => type(search, '匿名'));
    expect(ids()).toEqual(['mon']);
    await act(() => type(search, 'emotion'));
    expect(ids()).toEqual(['wed']);
    await act(() => type(search, '班会 上周'));
    expect(ids()).toEqual(['prev']);
    await act(() => type(search, 'nothing-like-this'));
    expect(ids()).toEqual([]);
    expect(root.querySelector('[data-testid="reflections-status"]')?.textContent).toBe('Showing 0 of 4');
  });

  it('filters by topic, course, local date range and cases only; the week count stays the whole week', async () => {
    await mount();
    await act(() => choose(root.querySelector('#reflections-topic') as HTMLSelectElement, '舆情'));
    expect(ids()).toEqual(['sun', 'wed']);
    expect(root.querySelector('[data-testid="week-count"]')?.textContent).toBe('Reflections: 3');
    await act(() =>
      choose(root.querySelector('#reflections-course') as HTMLSelectElement, 'demo:course:opinion'),
    );
    expect(ids()).toEqual(['wed']);
    await act(() => button('Clear filters').click());
    expect(ids()).toEqual(['sun', 'wed', 'mon', 'prev']);
    // 2026-04-13 is a local day in Shanghai: 'mon' (00:30 there) is in it, 'prev' (23:59 the day before) is not.
    await act(() => type(root.querySelector('#reflections-from') as HTMLInputElement, '2026-04-13'));
    await act(() => type(root.querySelector('#reflections-to') as HTMLInputElement, '2026-04-13'));
    expect(ids()).toEqual(['mon']);
    await act(() => button('Clear filters').click());
    await act(() => (root.querySelector('#reflections-case-only') as HTMLInputElement).click());
    expect(ids()).toEqual(['mon']);
  });

  it('edits a reflection through the form and the list follows', async () => {
    await mount();
    await act(() => button('Edit', article('prev')).click());
    const learned = root.querySelector('#edit-prev-learned') as HTMLTextAreaElement;
    expect(learned.value).toBe('上周的要点');
    await act(() => type(learned, '改过的要点'));
    await act(() =>
      type(root.querySelector('#edit-prev-topics') as HTMLInputElement, '就业指导, 数据分析、就业指导'),
    );
    await act(() => choose(root.querySelector('#edit-prev-rating') as HTMLSelectElement, '4'));
    await act(() => (root.querySelector('#edit-prev-case') as HTMLInputElement).click());
    await act(() => button('Save').click());
    await until(() => article('prev')?.querySelector('[data-field="learned"]')?.textContent === '改过的要点');
    expect(await getDb().reflections.get('prev')).toMatchObject({
      learned: '改过的要点',
      topics: ['就业指导', '数据分析'],
      rating: 4,
      isCase: true,
      createdAt: ROWS[3]?.createdAt,
    });
  });

  it('moves the keyboard into the form on Edit and back to the Edit button when Esc closes it', async () => {
    await mount();
    await act(() => button('Edit', article('prev')).click());
    expect(document.activeElement?.id).toBe('edit-prev-learned');
    await act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await until(() => document.activeElement === button('Edit', article('prev')));
    expect((await getDb().reflections.get('prev'))?.learned).toBe('上周的要点');
  });

  it('refuses an empty 学 and text over the limit, saying why, and changes nothing', async () => {
    await mount();
    await act(() => button('Edit', article('prev')).click());
    await act(() => type(root.querySelector('#edit-prev-learned') as HTMLTextAreaElement, '   '));
    await act(() => type(root.querySelector('#edit-prev-apply') as HTMLTextAreaElement, 'x'.repeat(5001)));
    await act(() => button('Save').click());
    expect(root.querySelector('#edit-prev-learned-error')?.textContent).toBe(
      'Write 学: the key point you learned.',
    );
    expect(root.querySelector('#edit-prev-apply-error')?.textContent).toContain('5000');
    expect(root.querySelector('#edit-prev-learned')?.getAttribute('aria-invalid')).toBe('true');
    expect((await getDb().reflections.get('prev'))?.learned).toBe('上周的要点');
  });

  it('deletes at once and puts the same row back on Undo', async () => {
    await mount();
    await act(() => button('Delete', article('wed')).click());
    await until(() => !ids().includes('wed'));
    expect(await getDb().reflections.get('wed')).toBeUndefined();
    const toast = root.querySelector('[data-testid="undo-toast"]') as HTMLElement;
    expect(toast.getAttribute('role')).toBe('status');
    await act(() => button('Undo', toast).click());
    await until(() => ids().includes('wed'));
    expect(await getDb().reflections.get('wed')).toEqual(ROWS[1]);
    expect(root.querySelector('[data-testid="undo-toast"]')).toBeNull();
  });

  it('makes a deletion final when the time to undo runs out', async () => {
    await mount();
    // Fake timeouts that also follow the real clock, so the live query's own timeouts still run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await act(() => button('Delete', article('sun')).click());
    await until(() => root.querySelector('[data-testid="undo-toast"]') !== null);
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS / 2);
    });
    expect(root.querySelector('[data-testid="undo-toast"]')).not.toBeNull();
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS / 2);
    });
    expect(root.querySelector('[data-testid="undo-toast"]')).toBeNull();
    vi.useRealTimers();
    expect(await getDb().reflections.get('sun')).toBeUndefined();
    expect(ids()).toEqual(['wed', 'mon', 'prev']);
  });

  it("keeps a case draft's edits when its reflection is unticked and ticked again", async () => {
    await mount();
    const tick = () => (article('mon').querySelector('.select-case input') as HTMLInputElement).click();
    await act(tick);
    await until(() => root.querySelector('#case-mon-ai-tool') !== null);
    await act(() => type(root.querySelector('#case-mon-ai-tool') as HTMLInputElement, '通义千问'));
    await act(tick);
    expect(root.querySelector('[data-testid="case-draft"]')).toBeNull();
    await act(tick);
    expect((root.querySelector('#case-mon-ai-tool') as HTMLInputElement).value).toBe('通义千问');
  });

  it('drafts a case from a reflection flagged as a case, editable, and downloads Markdown and .docx', async () => {
    await mount();
    expect(article('wed').querySelector('input[type="checkbox"]')).toBeNull();
    await act(() => (article('mon').querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    await until(() => root.querySelector('[data-testid="case-draft"]') !== null);
    expect((root.querySelector('#case-mon-background') as HTMLTextAreaElement).value).toBe('数据最小化原则');
    expect((root.querySelector('#case-mon-problem') as HTMLTextAreaElement).value).toBe('心理普查收集过多');
    expect((root.querySelector('#case-mon-practice') as HTMLTextAreaElement).value).toBe('只做匿名汇总');
    await act(() => type(root.querySelector('#case-mon-ai-tool') as HTMLInputElement, `Kimi ${HOSTILE}`));
    await act(() => type(root.querySelector('#case-mon-outcome') as HTMLTextAreaElement, '减少了 22 项'));
    await act(() => (root.querySelector('button[data-format="md"]') as HTMLButtonElement).click());
    await until(() => downloads.length === 1);
    const markdown = await downloads[0]?.data.text();
    expect(downloads[0]?.fileName).toBe('studytrail-case-2026-04-13-隐私.md');
    expect(markdown).toContain('减少了 22 项');
    expect(markdown).not.toContain('<script>');
    await act(() => (root.querySelector('button[data-format="docx"]') as HTMLButtonElement).click());
    await until(() => downloads.length === 2);
    expect(downloads[1]?.fileName).toBe('studytrail-case-2026-04-13-隐私.docx');
    const docx = downloads[1]?.data;
    if (!docx) throw new Error('No .docx downloaded');
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('减少了 22 项');
    expect(xml).toContain('Kimi &lt;img');
    expect(root.querySelector('[data-testid="case-status"]')?.textContent).toContain('.docx');
  });
});
