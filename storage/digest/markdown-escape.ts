/*
 * Untrusted text (titles, topics, reflections) made inert in Markdown: every character that can start
 * Markdown or HTML syntax in CommonMark, GFM or the common chat and document tools is backslash-escaped
 * (CommonMark renders `\x` as the plain character for any ASCII punctuation), so a title like
 * `[link](http://x)` or `<script>` shows as typed and never becomes a link, tag, heading or table column.
 */

const CONTROL = /[\\`*_{}[\]()#!|<>~&=$]/g;
/**
 * `-` and `+` open a list or draw a rule only at a line start (mid-line they are inert everywhere), and a
 * number followed by `.` or `)` there opens an ordered list; escaping them only there keeps dates readable.
 */
const LINE_START = /^([-+]|\d+[.)])/;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;
/** Control characters left after splitting into lines (a tab, say) are shown as a space. */
const OTHER_CONTROL = /\p{Cc}/gu;

function escapeLine(line: string): string {
  return line.replace(OTHER_CONTROL, ' ').trim().replace(CONTROL, '\\$&');
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (start: string) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** Text within a line (after a list marker, in a heading): line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .split(LINE_BREAK)
    .map(escapeLine)
    .filter((line) => line !== '')
    .join(' ');
}

/** Text that starts a line of its own (a paragraph): as `escapeMarkdown`, and safe at the line start. */
export function escapeParagraph(text: string): string {
  return escapeLineStart(escapeMarkdown(text));
}

/**
 * Text that may span lines, inside a list item: each line escaped and indented by `indent` so it stays in
 * the item; blank lines are dropped because they would end it.
 */
export function escapeMarkdownBlock(text: string, indent: string): string {
  return text
    .split(LINE_BREAK)
    .map(escapeLine)
    .filter((line) => line !== '')
    .map((line, i) => (i === 0 ? line : escapeLineStart(line)))
    .join(`\n${indent}`);
}

/** Text in a GFM table cell: escaped (`|` included) and line breaks as `<br>`, so the row stays one line. */
export function escapeTableCell(text: string): string {
  return text
    .split(LINE_BREAK)
    .map(escapeLine)
    .filter((line) => line !== '')
    .join('<br>');
}
