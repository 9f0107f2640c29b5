import { escapeHtml } from '@/storage/digest/html-escape';
import { translate } from '@/storage/i18n';
import type { LedgerData } from '../types';
import { type LedgerExportOptions, ledgerTables } from './tables';

const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
body { font: 10pt/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #111; margin: 0 auto; max-width: 277mm; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; } tr { break-inside: avoid; } p { margin: 2pt 0; }
`;

/** The ledger as one standalone, print-ready HTML page (A4 landscape); every imported text is escaped. */
export function ledgerHtml(data: LedgerData, options: LedgerExportOptions): string {
  const lang = options.locale === 'en' ? 'en' : 'zh-CN';
  const title = translate(options.locale, 'ledgerExport_title');
  const made = new Date(options.now).toISOString().slice(0, 10);
  const sections = ledgerTables(data, options).map((table) => {
    const head = table.header.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('');
    const body = table.rows
      .map(
        (row) =>
          `<tr>${row.map((value) => (typeof value === 'number' ? `<td class="number">${value}</td>` : `<td>${escapeHtml(value ?? '')}</td>`)).join('')}</tr>`,
      )
      .join('\n');
    return `<section><h2>${escapeHtml(table.name)}</h2>\n<table><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`;
  });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(translate(options.locale, 'ledgerExport_generated', made, options.weekStart))}</p>
<p>${escapeHtml(translate(options.locale, 'ledgerExport_signatureNote'))}</p>
${sections.join('\n')}
</body></html>
`;
}
