/**
 * Turns off zod's compiled fast path before any schema is built. Its first use probes
 * `new Function('')`, which the site's Content-Security-Policy (no 'unsafe-eval') refuses
 * and reports as a violation on every page; the interpreted path is plenty fast here.
 * Import it before defining schemas.
 */
import * as z from 'zod/v4/mini';

z.config({ jitless: true });
