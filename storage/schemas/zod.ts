import { z } from 'zod';

// Extension pages forbid eval: without this, zod probes `new Function` and the browser reports a CSP
// violation on every page. Every schema imports `z` from here, so this runs before any schema is built.
z.config({ jitless: true });

export { z };
