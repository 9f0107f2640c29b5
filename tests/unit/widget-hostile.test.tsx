// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inline, SNAPSHOT, stateOf } from './support/widget-harness';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src=x onerror="window.__pwned = 2">';
const RTL = '\u202Egnp.exe\u202C 课程';
const LONG = '长'.repeat(5000);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<studytrail-progress> with hostile titles', () => {
  const hostile = {
    ...SNAPSHOT,
    courses: [
      { title: SCRIPT, minutes: 90 },
      { title: IMAGE, minutes: 80 },
      { title: RTL, minutes: 70 },
    ],
    topics: [
      { topic: LONG, count: 3 },
      { topic: '</style><style>*{display:none}</style>', count: 2 },
    ],
  };

  it('renders titles and topics as text, never as markup', () => {
    const element = inline(JSON.stringify(hostile));
    expect(stateOf(element)).toBe('ready');
    const root = element.shadowRoot;
    expect(root?.querySelector('script')).toBeNull();
    expect(root?.querySelector('img')).toBeNull();
    // The widget's own styles are a constructed sheet: no <style> element at all in the shadow root.
    expect(root?.adoptedStyleSheets).toHaveLength(1);
    expect(root?.querySelectorAll('style')).toHaveLength(0);
    const titles = [...(root?.querySelectorAll('ol bdi') ?? [])].map((node) => node.textContent);
    expect(titles.slice(0, 3)).toEqual([SCRIPT, IMAGE, RTL]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('isolates right-to-left overrides in <bdi> so they cannot flip the minutes next to them', () => {
    const element = inline(JSON.stringify(hostile));
    const item = [...(element.shadowRoot?.querySelectorAll('ol li') ?? [])][2];
    expect(item?.querySelector('bdi')?.textContent).toBe(RTL);
    expect(item?.querySelector('span')?.textContent).toBe('70 分钟');
  });

  it('cuts a very long topic to 80 characters and an ellipsis', () => {
    const element = inline(JSON.stringify(hostile));
    const topics = [...(element.shadowRoot?.querySelectorAll('ol bdi') ?? [])].slice(3);
    expect(topics[0]?.textContent).toBe(`${'长'.repeat(80)}…`);
    expect(topics[1]?.textContent).toBe('</style><style>*{display:none}</style>');
  });
});
