/**
 * Kept for the modules that import it by this name: the zod setting itself now lives in
 * zod-config.ts, which every schema module imports first.
 */
import './zod-config';
