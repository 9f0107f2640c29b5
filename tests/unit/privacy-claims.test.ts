import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The privacy policy's "no network, no capture" statements, checked against every source file that is built
// into the extension (the portal widget in widget/ is not part of the extension and may fetch a snapshot).
const EXTENSION_SOURCES = ['entrypoints', 'components', 'storage'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

/** Every line of the extension's sources matching `pattern`, as `file:line: text`. */
function linesMatching(pattern: RegExp): string[] {
  return EXTENSION_SOURCES.flatMap(sourceFiles).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('what the privacy policy promises, in the source', () => {
  it('the extension makes no network request: no fetch, XMLHttpRequest, WebSocket, EventSource or beacon', () => {
    expect(linesMatching(/\bfetch\s*\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon/)).toEqual([]);
  });

  it('it never captures a page, a screen, a tab or media: no capture API is called anywhere', () => {
    expect(
      linesMatching(
        /captureVisibleTab|tabCapture|desktopCapture|pageCapture|getDisplayMedia|captureStream|MediaRecorder|saveAsMHTML/,
      ),
    ).toEqual([]);
  });

  it('it never reads the text of a whole page (only the title elements of a platform rule)', () => {
    expect(
      linesMatching(
        /\.innerText\b|document\.body\.(textContent|innerHTML|outerHTML)|documentElement\.outerHTML/,
      ),
    ).toEqual([]);
  });
});
