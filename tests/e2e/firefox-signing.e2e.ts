import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../fixtures/server.mjs';
import { launchFirefox } from './harness/firefox.mjs';
import { debuggerLaunchOptions, ExtensionDebugger } from './harness/firefox-debugger.mjs';
import { waitFor } from './harness/wait-for';

const DEBUGGER_PORT = 6127;
const MESSAGE = '{"kind":"studytrail.digest","学":"迹"}';

interface KeyUse {
  rows: number;
  publicKey?: string;
  extractable?: boolean;
  algorithm?: string;
  exportRefused?: boolean;
  signature?: string;
}

/**
 * In the background page (BiDi refuses moz-extension pages, the debugger protocol does not): the stored
 * key row read with raw IndexedDB, and MESSAGE signed with its private key.
 */
const USE_STORED_KEY = `new Promise((resolve, reject) => {
  const open = indexedDB.open('studytrail');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('signingKeys')) { db.close(); resolve({ rows: 0 }); return; }
    const all = db.transaction('signingKeys').objectStore('signingKeys').getAll();
    all.onsuccess = async () => {
      db.close();
      const [row] = all.result;
      if (!row) { resolve({ rows: 0 }); return; }
      const b64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
      const exportRefused = await crypto.subtle.exportKey('pkcs8', row.privateKey).then(() => false, () => true);
      const signature = await crypto.subtle.sign('Ed25519', row.privateKey, new TextEncoder().encode(${JSON.stringify(MESSAGE)}));
      resolve({
        rows: all.result.length,
        publicKey: row.publicKey,
        extractable: row.privateKey.extractable,
        algorithm: row.privateKey.algorithm.name,
        exportRefused,
        signature: b64url(signature),
      });
    };
  };
})`;

function nodeVerifies(use: KeyUse): boolean {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: use.publicKey ?? '' }, format: 'jwk' });
  return verify(null, Buffer.from(MESSAGE), key, Buffer.from(use.signature ?? '', 'base64url'));
}

describe('the digest signing key in Firefox ESR', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  let background: ExtensionDebugger;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(debuggerLaunchOptions(DEBUGGER_PORT));
    background = await ExtensionDebugger.connect(DEBUGGER_PORT, firefox.extensionId);
  });

  afterAll(async () => {
    background?.close();
    await firefox?.close();
    await server?.close();
  });

  it('is created at install, stored non-extractable in IndexedDB, signs, and survives a background restart', async () => {
    const use = () => background.evaluate(USE_STORED_KEY) as Promise<KeyUse>;
    const first = await waitFor(use, (value) => value.rows > 0, 30_000);
    expect(first).toMatchObject({ rows: 1, extractable: false, algorithm: 'Ed25519', exportRefused: true });
    expect(Buffer.from(first.publicKey ?? '', 'base64url')).toHaveLength(32);
    expect(nodeVerifies(first)).toBe(true);

    const bornBefore = (await background.evaluate('performance.timeOrigin')) as number;
    await background.terminateBackground();
    // A platform page's messages start the background again; the evaluation waits for it.
    const lesson = await firefox.browser.newPage();
    await lesson.goto(`${server.origin}/platform/lesson-1.html`, { waitUntil: 'load' });
    const again = await waitFor(use, (value) => value.rows > 0, 30_000);
    // A background page whose global scope began after the restart read the stored key.
    expect(await background.evaluate('performance.timeOrigin')).toBeGreaterThan(bornBefore);
    expect(again.publicKey).toBe(first.publicKey);
    expect(again.rows).toBe(1);
    // Ed25519 is deterministic: the same key gives the same signature of the same bytes.
    expect(again.signature).toBe(first.signature);
    expect(nodeVerifies(again)).toBe(true);
  });
});
