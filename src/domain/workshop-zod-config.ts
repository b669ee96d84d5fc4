import { z } from 'zod';

/**
 * The app's Content-Security-Policy forbids eval, and zod 4 probes `new Function` when it builds
 * object schemas unless told not to (the probe alone is reported as a CSP violation). Imported
 * first by the file-reading modules so that it runs before any schema is built.
 */
z.config({ jitless: true });
