import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderHtml } from '@/storage/digest';
import { PROJECT_ROOT } from '../e2e/harness/paths.mjs';
import { sampleDigest } from './digest-bench';
import { launchPlainChromium } from './plain-chromium';

const OUTPUT_DIR = join(PROJECT_ROOT, 'demo-output');

/**
 * Prints the HTML digest of a sample week to PDF in Chromium, the way a counselor does with Ctrl+P, so
 * the print CSS is checked on a real A4 page. Returns a line saying where the files are.
 */
export async function printSampleDigest(): Promise<string> {
  const digest = sampleDigest();
  const html = renderHtml(digest, 'zh_CN');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const htmlPath = join(OUTPUT_DIR, 'sample-digest.html');
  const pdfPath = join(OUTPUT_DIR, 'sample-digest.pdf');
  await writeFile(htmlPath, html);
  let chromium: Awaited<ReturnType<typeof launchPlainChromium>>;
  try {
    chromium = await launchPlainChromium({ headless: true });
  } catch (error) {
    return `sample digest: ${htmlPath} (PDF skipped: Chromium did not start: ${String(error)})`;
  }
  try {
    const page = await chromium.browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    await writeFile(pdfPath, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return `sample digest (${digest.period.start} to ${digest.period.end}) printed to PDF: ${pdfPath} (${pages} A4 pages, ${(pdf.length / 1000).toFixed(1)} kB); HTML: ${htmlPath}`;
  } finally {
    await chromium.close();
  }
}
