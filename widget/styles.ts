/*
 * Shadow-root styles. The page themes the widget through the public `--studytrail-*` custom properties
 * (README, "For portal admins"); each default is a light-dark() pair chosen by the `theme` attribute
 * through color-scheme (auto follows prefers-color-scheme).
 */
// Lines joined at build time (constant folding), so the sheet's text has no newlines.
export const STYLES =
  ':host{display:block;min-width:240px;max-width:100%;color-scheme:light;' +
  '--b:var(--studytrail-bg,light-dark(#fff,#1c2128));--f:var(--studytrail-fg,light-dark(#1f2328,#e6edf3));' +
  '--m:var(--studytrail-muted,light-dark(#59636e,#9198a1));--a:var(--studytrail-accent,light-dark(#1a7f5a,#3fb97f));' +
  '--t:var(--studytrail-track,light-dark(#e6ebe9,#2d333b));--w:var(--studytrail-warn,light-dark(#9a6700,#d29922))}' +
  ':host([theme=dark]){color-scheme:dark}:host([theme=auto]){color-scheme:light dark}:host([hidden]){display:none}' +
  'section{background:var(--b);color:var(--f);border:1px solid var(--studytrail-border,var(--t));' +
  'border-radius:var(--studytrail-radius,8px);padding:12px 14px;overflow-wrap:anywhere;' +
  'font:var(--studytrail-font-size,14px)/1.45 var(--studytrail-font,system-ui,sans-serif)}' +
  'h2,h3,p{margin:0 0 4px;font-size:1em}h2,h3,.m{color:var(--m);font-size:.9em}h3{margin-top:8px}' +
  '.t{font-weight:600}.w{color:var(--w)}.big{font-size:1.5em;font-weight:700}' +
  '.meter{height:8px;border-radius:4px;background:var(--t);overflow:hidden}.meter div{height:100%;background:var(--a)}' +
  'svg{display:block;width:100%;height:48px}rect{fill:var(--a)}.e{fill:var(--t)}' +
  '.d,li{display:flex;justify-content:space-between}.d{justify-content:space-around;color:var(--m);font-size:.75em}' +
  'ol{margin:0;padding:0;list-style:none}bdi{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}' +
  'li span{flex:none;padding-left:8px;color:var(--m)}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
