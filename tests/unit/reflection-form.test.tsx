// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FormOutcome, ReflectionForm } from '@/components/reflection/ReflectionForm';
import { DRAFT_DEBOUNCE_MS } from '@/components/reflection/use-draft-keeper';
import { formText } from '@/storage/reflections/form-text';
import type {
  ReflectionContext,
  ReflectionMessage,
  ReflectionReply,
} from '@/storage/schemas/reflection-messages';

const T0 = Date.UTC(2026, 3, 15, 2, 0, 0);
let container: HTMLDivElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

function context(locale: 'zh_CN' | 'en' = 'en', change: Partial<ReflectionContext> = {}): ReflectionContext {
  return {
    courseKey: 'demo:course:1',
    courseTitle: '课程 <b>A</b>',
    lessonTitle: '第一讲',
    suggestions: ['课程 <b>A</b>', 'AI 心理健康预警'],
    text: formText(locale),
    lang: locale === 'en' ? 'en' : 'zh-CN',
    ...change,
  };
}

function mount(reply: ReflectionReply | undefined = { ok: true, id: 'r1' }, ctx = context()) {
  const sent: ReflectionMessage[] = [];
  const outcomes: FormOutcome[] = [];
  const send = vi.fn(async (message: ReflectionMessage) => {
    sent.push(message);
    return message.type === 'reflection-save' ? reply : { ok: true as const };
  });
  act(() => {
    render(
      <ReflectionForm
        context={ctx}
        send={send}
        onDone={(outcome) => outcomes.push(outcome)}
        promptActions
        idPrefix="t"
        now={() => T0}
      />,
      container,
    );
  });
  return { sent, outcomes };
}

const $ = <T extends Element>(selector: string) => container.querySelector<T>(selector) as T;
function type(id: string, value: string) {
  act(() => {
    const field = $<HTMLTextAreaElement | HTMLInputElement>(`#${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit() {
  await act(async () => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  // The save awaits the draft's flush and the background's answer: let those settle.
  for (let i = 0; i < 5; i++) await act(async () => Promise.resolve());
}

describe('the reflection form', () => {
  it('labels every field, shows the prompts and counts characters against the limit', () => {
    mount();
    for (const id of ['t-learned', 't-thought', 't-apply', 't-topic']) {
      expect(container.querySelector(`label[for="${id}"]`)?.textContent, id).toBeTruthy();
    }
    expect($('#t-learned-prompt').textContent).toBe('The key point in your own words, without looking back.');
    expect($('#t-thought-prompt').textContent).toBe('What it connects to, or contradicts, in your own work.');
    expect($('#t-apply-prompt').textContent).toBe('What you will do with it for your students.');
    type('t-learned', 'abc');
    expect($('#t-learned-counter').textContent).toBe('3 / 5000 characters');
    expect($<HTMLTextAreaElement>('#t-learned').maxLength).toBe(5000);
    expect(document.activeElement?.id).toBe('t-learned');
    for (const input of container.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
      expect(input.closest('label') ?? input.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('refuses to save an empty 学: says so, sends nothing, keeps focus on 学', async () => {
    const { sent } = mount();
    type('t-learned', '   ');
    await submit();
    expect($('[role="alert"]').textContent).toBe('Write at least a line under Learn before saving.');
    expect($('#t-learned').getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((m) => m.type === 'reflection-save')).toEqual([]);
  });

  it('sends the whole draft on save: topics from typing and suggestions, rating, case', async () => {
    const { sent, outcomes } = mount();
    type('t-learned', '<img src=x onerror=alert(1)>');
    type('t-topic', '伦理');
    act(() => {
      $('#t-topic').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    act(() => $<HTMLButtonElement>('.st-suggestion').click());
    act(() => container.querySelectorAll<HTMLInputElement>('input[type="radio"]')[4]?.click());
    act(() => $<HTMLInputElement>('input[type="checkbox"]').click());
    await submit();
    const save = sent.find((m) => m.type === 'reflection-save');
    expect(save).toMatchObject({
      draft: {
        learned: '<img src=x onerror=alert(1)>',
        topics: ['伦理', '课程 <b>A</b>'],
        rating: 4,
        isCase: true,
      },
    });
    expect(outcomes).toEqual(['saved']);
    // Titles and topics are text: no element was made from them.
    expect(container.querySelector('b, img')).toBeNull();
  });

  it('keeps the draft through the background, debounced, and at once on "Later"', async () => {
    const { sent, outcomes } = mount();
    type('t-thought', 'a');
    type('t-thought', 'ab');
    expect(sent).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    });
    expect(sent).toEqual([{ type: 'reflection-draft', draft: expect.objectContaining({ thought: 'ab' }) }]);
    type('t-apply', 'c');
    await act(async () => {
      $<HTMLButtonElement>('.st-actions button:nth-child(2)').click();
    });
    expect(sent.at(-1)).toEqual({ type: 'reflection-draft', draft: expect.objectContaining({ apply: 'c' }) });
    expect(outcomes).toEqual(['later']);
  });

  it('brings a stored draft back and says so', () => {
    const draft = {
      courseKey: 'demo:course:1',
      courseTitle: '课程',
      lessonTitle: '第一讲',
      topics: ['隐私'],
      learned: '没写完',
      thought: '',
      apply: '',
      isCase: false,
      editedAt: T0 - 1000,
    };
    mount(undefined, context('zh_CN', { draft }));
    expect($<HTMLTextAreaElement>('#t-learned').value).toBe('没写完');
    expect($('.st-chip span').textContent).toBe('隐私');
    expect($('[role="status"]').textContent).toBe('你上次没保存的草稿已恢复。');
  });

  it('a full disk: a clear message, the form and its text stay', async () => {
    const { outcomes } = mount({ ok: false, error: 'storage-full' });
    type('t-learned', '要点');
    await submit();
    expect($('[role="alert"]').textContent).toContain('storage is full');
    expect($<HTMLTextAreaElement>('#t-learned').value).toBe('要点');
    expect(outcomes).toEqual([]);
  });
});
