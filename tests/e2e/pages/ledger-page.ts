import type { Page } from 'puppeteer-core';

const IMPORT = 'section[aria-labelledby="ledger-import-heading"]';

/** The dashboard's Ledger view in a tab: its import box, views and tables. */
export class LedgerPage {
  constructor(readonly page: Page) {}

  text(selector: string): Promise<string> {
    return this.page.$eval(selector, (el) => el.textContent ?? '');
  }

  /** The table cell of a person (by staff number) and a week. */
  cell(staffNumber: string, week: string): string {
    return `[data-testid="ledger-grid"] tr[data-person="s:${staffNumber}"] td[data-week="${week}"]`;
  }

  /** Shows one of the views (table, missing, totals, cases, files) and waits for `ready`. */
  async showTab(tab: string, ready: string): Promise<void> {
    await this.page.click(`button[data-tab="${tab}"]`);
    await this.page.waitForSelector(ready, { timeout: 15_000 });
  }

  importStatus(): Promise<string> {
    return this.text(`${IMPORT} [role="status"]`);
  }

  /** Chooses files in a file input of the import box (`ledger-files` or `ledger-roster`) and waits for the outcome. */
  async choose(inputId: 'ledger-files' | 'ledger-roster', paths: string[]): Promise<string> {
    const before = await this.importStatus();
    const input = await this.page.$(`input#${inputId}`);
    if (!input) throw new Error(`No input #${inputId}`);
    await input.uploadFile(...paths);
    return this.settled(before);
  }

  /** Drops files or folders onto the import box as a drag from the desktop does, and waits for the outcome. */
  async drop(paths: string[]): Promise<string> {
    const before = await this.importStatus();
    const box = await (await this.page.$('[data-testid="ledger-drop"]'))?.boundingBox();
    if (!box) throw new Error('No drop zone');
    // The right end of the box, clear of the file inputs (a drop on an input would fill that input instead).
    const point = { x: box.x + box.width - 12, y: box.y + box.height / 2 };
    const cdp = await this.page.createCDPSession();
    const data = { items: [], files: paths, dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, ...point, data });
    await cdp.detach();
    return this.settled(before);
  }

  /** Waits until the import box's status differs from `before` (or an alert shows) with no progress bar left. */
  private async settled(before: string): Promise<string> {
    await this.page.waitForFunction(
      (section, previous) => {
        const status = document.querySelector(`${section} [role="status"]`)?.textContent ?? '';
        const alert = document.querySelector(`${section} [role="alert"]`)?.textContent ?? '';
        return (
          !document.querySelector('[data-testid="ledger-progress"]') && (status !== previous || alert !== '')
        );
      },
      { timeout: 30_000 },
      IMPORT,
      before,
    );
    return this.importStatus();
  }
}
