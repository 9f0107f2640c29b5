import { type Digest, digestSchema } from '../schemas/digest';
import { z } from '../schemas/zod';

/** The digest as JSON text, checked against its schema first so an export is always importable. */
export function renderJson(digest: Digest): string {
  const result = digestSchema.safeParse(digest);
  if (!result.success)
    throw new Error(`The digest does not match its schema:\n${z.prettifyError(result.error)}`);
  return `${JSON.stringify(result.data, null, 2)}\n`;
}
