import { z } from 'zod';
import { formMessage } from './zod-messages';

/**
 * Set-up every module that builds a zod schema imports first, so it runs before any schema is used.
 *
 * - The app's Content-Security-Policy forbids eval, and zod 4 probes `new Function` when it first
 *   parses an object unless told not to; the probe alone is reported as a CSP violation.
 * - No raw zod text may reach a user: a rule without its own message gets plain words
 *   (zod-messages.ts) instead of zod's.
 */
z.config({ jitless: true, customError: formMessage });
