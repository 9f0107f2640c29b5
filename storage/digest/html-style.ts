/** The digest document's whole style: screen and A4 print, no external fonts or images. */
export const DIGEST_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 180mm; padding: 12mm 0; color: var(--ink); font: 11pt/1.6 system-ui, -apple-system,
  "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h1 .period { white-space: nowrap; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid var(--line); }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.meta, .note { color: var(--muted); font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 1mm 2mm; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.totals { display: grid; grid-template-columns: max-content auto; gap: 1mm 6mm; margin: 0; }
dl.totals dt { color: var(--muted); }
dl.totals dd { margin: 0; font-weight: 600; }
dl.reflection { display: grid; grid-template-columns: max-content auto; gap: 1mm 4mm; margin: 0 0 3mm; }
dl.reflection dt { font-weight: 600; }
dl.reflection dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ol.courses > li { margin-bottom: 2mm; }
ul.lessons { margin: 0; padding-left: 5mm; color: var(--muted); }
.chart { width: 100%; height: auto; }
.chart .bar { fill: var(--accent); }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 11px; }
article.reflection { break-inside: avoid; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; }
  tr, .chart { break-inside: avoid; }
  .chart .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
