import { describe, expect, it } from 'vitest';
import { type DropEntry, droppedFiles } from '@/components/ledger/dropped-files';

const file = (name: string): DropEntry => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (success) => success(new File(['{}'], name)),
});

/** A folder whose reader hands out its entries in batches of two, then an empty batch, as Chromium does. */
const folder = (name: string, children: DropEntry[]): DropEntry => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let next = 0;
    return {
      readEntries: (success) => {
        success(children.slice(next, next + 2));
        next += 2;
      },
    };
  },
});

const item = (entry: DropEntry | null, fallback?: File) => ({
  kind: 'file',
  webkitGetAsEntry: () => entry,
  getAsFile: () => fallback ?? null,
});

describe('droppedFiles', () => {
  it('opens dropped folders recursively and reads every batch of a folder', async () => {
    const files = await droppedFiles({
      items: [
        item(file('a.json')),
        item(
          folder('week-16', [
            file('b.json'),
            file('c.json'),
            file('d.zip'),
            folder('late', [file('e.json')]),
            file('f.json'),
          ]),
        ),
      ],
    });
    expect(files.map((f) => f.name)).toEqual(['a.json', 'b.json', 'c.json', 'd.zip', 'e.json', 'f.json']);
  });

  it('falls back to the drop’s file list where entries are not available', async () => {
    const plain = [new File(['{}'], 'x.json'), new File(['{}'], 'y.json')];
    expect((await droppedFiles({ files: plain })).map((f) => f.name)).toEqual(['x.json', 'y.json']);
    const noEntry = await droppedFiles({ items: [item(null, plain[0])], files: plain });
    expect(noEntry.map((f) => f.name)).toEqual(['x.json', 'y.json']);
  });

  it('ignores text dragged along with the files', async () => {
    const files = await droppedFiles({
      items: [{ kind: 'string', getAsFile: () => null }, item(file('a.json'))],
    });
    expect(files.map((f) => f.name)).toEqual(['a.json']);
  });

  it('stops at a folder nested too deep (a link loop) instead of recursing forever', async () => {
    const loop: DropEntry = { isFile: false, isDirectory: true, name: 'loop' };
    loop.createReader = () => {
      let done = false;
      return {
        readEntries: (success) => {
          success(done ? [] : [loop, file('x.json')]);
          done = true;
        },
      };
    };
    const files = await droppedFiles({ items: [item(loop)] });
    expect(files.length).toBe(16);
  });
});
