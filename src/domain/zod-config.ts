import { z } from 'zod';

/**
 * The app's Content-Security-Policy forbids eval, and zod 4 probes `new Function` when it first
 * parses an object unless told not to; the probe alone is reported as a CSP violation. Every module
 * that builds a zod schema imports this first, so it runs before any schema is used.
 */
z.config({ jitless: true });
