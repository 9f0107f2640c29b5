import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { table } from './format';

/*
 * What each shipped script is made of: bytes per npm package and per project folder, read from the source
 * maps of a build made with STUDYTRAIL_SOURCEMAP=1 (wxt.config.ts). "deflate kB" deflates each group's code
 * on its own, so it is an estimate of that group's share of the store zip (a little high: no shared context).
 * Usage: STUDYTRAIL_OUT_DIR=/tmp/out STUDYTRAIL_SOURCEMAP=1 npx wxt build
 *        STUDYTRAIL_OUT_DIR=/tmp/out npx tsx tests/bench/bundle-composition.ts [chrome-mv3]
 * COMPOSITION_FILES=1 lists source files instead of packages and folders.
 * "(unmapped)" is code no map covers: the bundler's runtime and JSON modules (the locale catalogs).
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((char, index) => [char, index]));

/** Decodes one base64 VLQ segment of a source map's `mappings` into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64_INDEX.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** An npm package (`zod`, `@date-fns/tz`) or a project folder two levels deep (`storage/schemas`). */
export function groupOf(source: string): string {
  if (process.env.COMPOSITION_FILES === '1') return source.replace(/^(\.\.\/)+/, '');
  const parts = source.replace(/\\/g, '/').split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) {
    const name = parts[nm + 1] ?? '?';
    return name.startsWith('@') ? `${name}/${parts[nm + 2] ?? ''}` : name;
  }
  const rooted = parts.filter((part) => part !== '..' && part !== '.');
  const start = rooted.findIndex((part) =>
    ['entrypoints', 'components', 'storage', 'widget', 'public'].includes(part),
  );
  if (start < 0) return `(other) ${rooted.slice(-1)[0] ?? ''}`;
  return rooted.slice(start, start + 2).join('/');
}

export interface Composition {
  /** Bytes of the script. */
  total: number;
  /** Text of the script by package or folder (groupOf). */
  groups: Map<string, string[]>;
}

/** Splits a script's text by the source each generated range maps to (unmapped text is "(unmapped)"). */
export function compose(scriptPath: string): Composition {
  const code = readFileSync(scriptPath, 'utf8');
  const map = JSON.parse(readFileSync(`${scriptPath}.map`, 'utf8')) as {
    sources: string[];
    mappings: string;
  };
  const groups = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (text.length === 0) return;
    const list = groups.get(group) ?? [];
    list.push(text);
    groups.set(group, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  lines.forEach((line, index) => {
    const segments = (mappingLines[index] ?? '').split(',').filter(Boolean);
    let column = 0;
    let previousColumn = 0;
    let previousGroup = '(unmapped)';
    for (const segment of segments) {
      const values = decodeSegment(segment);
      column += values[0] ?? 0;
      add(previousGroup, line.slice(previousColumn, column));
      if (values.length >= 4) {
        source += values[1] ?? 0;
        previousGroup = groupOf(map.sources[source] ?? '?');
      } else {
        previousGroup = '(unmapped)';
      }
      previousColumn = column;
    }
    add(previousGroup, `${line.slice(previousColumn)}\n`);
  });
  return { total: Buffer.byteLength(code), groups };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The scripts of a build that have a source map next to them. */
export function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => existsSync(`${path}.map`));
}

export function bundleCompositionSection(dir: string, minBytes = 2000): string {
  const out: string[] = [];
  for (const path of scripts(dir).sort()) {
    const { total, groups } = compose(path);
    const rows = [...groups.entries()]
      .map(([group, texts]) => {
        const text = texts.join('');
        return { group, bytes: Buffer.byteLength(text), deflated: deflateRawSync(text, { level: 9 }).length };
      })
      .sort((a, b) => b.bytes - a.bytes);
    const shown = rows.filter((row) => row.bytes >= minBytes);
    const rest = rows.filter((row) => row.bytes < minBytes);
    const restRow = rest.length
      ? [
          [
            `(${rest.length} smaller)`,
            kB(rest.reduce((s, r) => s + r.bytes, 0)),
            kB(rest.reduce((s, r) => s + r.deflated, 0)),
          ],
        ]
      : [];
    out.push(
      `${relative(dir, path)}: ${kB(total)} kB, deflate ${kB(deflateRawSync(readFileSync(path), { level: 9 }).length)} kB`,
      table([
        ['package or folder', 'kB', 'deflate kB'],
        ...shown.map((r) => [r.group, kB(r.bytes), kB(r.deflated)]),
        ...restRow,
      ]),
      '',
    );
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const output = process.env.STUDYTRAIL_OUT_DIR ?? '.output';
  const dir = join(output, process.argv[2] ?? 'chrome-mv3');
  if (scripts(dir).length === 0) {
    process.stderr.write(`no source maps in ${dir}: build with STUDYTRAIL_SOURCEMAP=1 first\n`);
    process.exit(1);
  }
  process.stdout.write(bundleCompositionSection(dir));
}
