import type { Page } from 'puppeteer-core';

// Layout checks run in the page: sideways scrolling, labels glued to their controls, a wrapped date field.

/** How far the page scrolls sideways (0 or less: not at all). */
export const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Labels glued to their control: on the same line with less than 6 px between the label's text and a
 * text-like control (4 px for a checkbox or radio). A label above its control, or beside it with a gap, passes.
 */
export const gluedLabels = (page: Page) =>
  page.evaluate(() => {
    const glued: string[] = [];
    const controls = document.querySelectorAll<HTMLInputElement>('main input, main select, main textarea');
    for (const control of controls) {
      if (control.type === 'hidden' || control.getClientRects().length === 0) continue;
      const box = control.getBoundingClientRect();
      const small = control.type === 'checkbox' || control.type === 'radio';
      for (const label of control.labels ?? []) {
        const range = document.createRange();
        const texts = [...label.childNodes].filter((n) => n.nodeType === 3 && n.textContent?.trim());
        const first = texts[0];
        if (!first) continue;
        range.selectNodeContents(first);
        for (const rect of range.getClientRects()) {
          const sameLine = rect.bottom > box.top + 2 && rect.top < box.bottom - 2;
          const gap = rect.right <= box.left ? box.left - rect.right : rect.left - box.right;
          if (sameLine && gap < (small ? 4 : 6)) glued.push(label.textContent?.trim() ?? '');
        }
      }
    }
    return glued;
  });

/** Whether the week picker's date field sits on the row of its buttons (not wrapped under them). */
export const datePickerWraps = (page: Page) =>
  page.evaluate(() => {
    const date = document.querySelector('main fieldset input[type="date"]');
    const button = date?.closest('fieldset')?.querySelector('button');
    if (!date || !button) return false;
    return date.getBoundingClientRect().top >= button.getBoundingClientRect().bottom;
  });
