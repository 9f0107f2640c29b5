// A copy of a built extension with a manifest `key` of its own, so Chromium gives it an id no other test
// build has (enterprise policy for one extension is keyed by that id).
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Chromium's extension id: the first 128 bits of the SHA-256 of the public key (DER, SubjectPublicKeyInfo),
 * each hex digit written as a letter a–p (Chrome's documentation, "Manifest - key").
 * @param {Buffer} publicKeyDer
 */
export function extensionIdOf(publicKeyDer) {
  return [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

/** Copies `buildDir` and gives the copy a fresh key. @param {string} buildDir */
export async function keyedCopy(buildDir) {
  const dir = await mkdtemp(join(tmpdir(), 'studytrail-keyed-'));
  await cp(buildDir, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  await writeFile(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  return { dir, id: extensionIdOf(der) };
}
