/*
 * Shadow-root styles on the StudyTrail design tokens (components/design/tokens.css): each colour is
 * `--studytrail-*` (the older name), else the token `--st-*` set by the page, else the token's own
 * light-dark() pair, chosen by the `theme` attribute through color-scheme (auto follows prefers-color-scheme).
 */
// Lines joined at build time (constant folding), so the sheet's text has no newlines.
export const STYLES =
  ':host{display:block;min-width:240px;max-width:100%;color-scheme:light;' +
  '--b:var(--studytrail-bg,var(--st-color-bg,light-dark(#fff,#161b22)));' +
  '--f:var(--studytrail-fg,var(--st-color-fg,light-dark(#1f2328,#e6edf3)));' +
  '--m:var(--studytrail-muted,var(--st-color-muted,light-dark(#4d5560,#b0b8c2)));' +
  '--a:var(--studytrail-accent,var(--st-color-accent,light-dark(#0b6b3a,#5fd38d)));' +
  '--t:var(--studytrail-track,var(--st-color-track,light-dark(#e6ebe9,#2d333b)));' +
  '--w:var(--studytrail-warn,var(--st-color-warning-fg,light-dark(#7a4a00,#f2c661)))}' +
  ':host([theme=dark]){color-scheme:dark}:host([theme=auto]){color-scheme:light dark}:host([hidden]){display:none}' +
  'section{background:var(--b);color:var(--f);' +
  'border:1px solid var(--studytrail-border,var(--t));' +
  'border-radius:var(--studytrail-radius,6px);padding:12px 14px;overflow-wrap:anywhere;' +
  'font:var(--studytrail-font-size,14px)/1.6 var(--studytrail-font,var(--st-font-sans,' +
  '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif));' +
  'font-synthesis:none}' +
  'h2,h3,p{margin:0 0 4px;font-size:1em}h2,h3,.m{color:var(--m);font-size:.9em}h3{margin-top:8px}' +
  '.t{font-weight:600}.w{color:var(--w)}.big{font-size:1.5em;font-weight:600}' +
  '.meter{height:8px;border-radius:4px;background:var(--t);overflow:hidden}.meter div{height:100%;background:var(--a)}' +
  'svg{display:block;width:100%;height:48px}rect{fill:var(--a)}.e{fill:var(--t)}' +
  '.d,li{display:flex;justify-content:space-between}.d{justify-content:space-around;color:var(--m);font-size:.75em}' +
  'ol{margin:0;padding:0;list-style:none}bdi{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}' +
  'li span{flex:none;padding-left:8px;color:var(--m)}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
