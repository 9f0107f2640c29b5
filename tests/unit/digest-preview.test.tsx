// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DigestActions, DigestView } from '@/components/digest/DigestView';
import type { DigestFile } from '@/components/digest/digest-files';
import { A4_PAGE, previewDocument } from '@/components/digest/preview-document';
import { buildDigest, renderHtml } from '@/storage/digest';
import { DIGEST_CSS } from '@/storage/digest/html-style';
import { NOW, PERIOD, REFLECTIONS, SESSIONS, TIME_ZONE, WEEKLY_GOAL } from './support/digest-fixture';

const digest = buildDigest(
  { sessions: SESSIONS, reflections: REFLECTIONS },
  { ...PERIOD, timeZone: TIME_ZONE, now: NOW, weeklyGoalMinutes: WEEKLY_GOAL },
);
const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

describe('the digest preview', () => {
  it('adds only a screen style that lays the document out as its printed A4 page', () => {
    const html = renderHtml(digest, 'zh_CN');
    const preview = previewDocument(html);
    const style = /<style data-preview="print">([^<]*)<\/style>/.exec(preview);
    expect(style).not.toBeNull();
    // Everything else is the document as downloaded, and the added style comes after the document's own.
    expect(preview.replace(style?.[0] ?? '', '')).toBe(html);
    expect(preview.indexOf(style?.[0] ?? '')).toBeGreaterThan(preview.indexOf(DIGEST_CSS));
    expect(preview.indexOf(style?.[0] ?? '')).toBeLessThan(preview.search(/<\/head>/i));
    // The page margin and the font size are the ones the print rules use.
    expect(DIGEST_CSS).toContain(`@page { size: A4; margin: ${A4_PAGE.marginMm}mm; }`);
    expect(DIGEST_CSS).toMatch(/@media print \{\s*body \{ max-width: none; padding: 0; font-size: 10pt; \}/);
    expect(style?.[1]).toContain(`padding:${A4_PAGE.marginMm}mm`);
    expect(style?.[1]).toContain('font-size:10pt');
    expect(style?.[1]).toMatch(/^@media screen\{/);
  });

  describe('in the Digest view', () => {
    let root: HTMLDivElement;
    beforeEach(() => {
      root = document.createElement('div');
      document.body.append(root);
    });
    afterEach(() => {
      render(null, root);
      root.remove();
    });

    it('shows the print-like preview in the sandboxed frame and downloads the document unchanged', async () => {
      const saved: DigestFile[][] = [];
      const actions: DigestActions = {
        load: vi.fn(async () => digest),
        save: (files) => saved.push(files),
        copy: vi.fn(async () => undefined),
        showWeek: vi.fn(),
      };
      await act(() => {
        render(<DigestView locale="zh_CN" week={PERIOD} actions={actions} />, root);
      });
      await flush();
      const frame = root.querySelector('iframe.digest-preview');
      expect(frame?.getAttribute('sandbox')).toBe('');
      expect(frame?.getAttribute('srcdoc')).toContain('data-preview="print"');
      (root.querySelector('button[data-format="html"]') as HTMLButtonElement).click();
      const downloaded = saved[0]?.[0]?.text ?? '';
      expect(downloaded).not.toContain('data-preview');
      expect(frame?.getAttribute('srcdoc')).toBe(previewDocument(downloaded));
    });

    it('gives every control of its forms a label of its own, and keeps the language choice in a group', async () => {
      const actions: DigestActions = {
        load: vi.fn(async () => digest),
        save: vi.fn(),
        copy: vi.fn(async () => undefined),
        showWeek: vi.fn(),
      };
      await act(() => {
        render(<DigestView locale="zh_CN" week={PERIOD} actions={actions} />, root);
      });
      await flush();
      for (const control of root.querySelectorAll('input, select')) {
        const label = root.querySelector(`label[for="${control.id}"]`);
        expect(label, control.outerHTML).not.toBeNull();
        expect(label?.contains(control)).toBe(false);
        expect(control.closest('.field'), control.outerHTML).not.toBeNull();
      }
      const language = root.querySelector('select');
      expect(language?.closest('fieldset')?.querySelector('legend')?.textContent).toBe('小结文件与下载');
    });
  });
});
