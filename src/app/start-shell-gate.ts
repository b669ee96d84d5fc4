/**
 * The class that index.html's gate script (scripts/prerender-start.ts) puts on <html> when the app
 * opens at an address other than the start page: src/styles/main.scss hides #root under it, so
 * the prerendered start page is never seen there, and main.tsx empties #root and removes it.
 */
export const SHELL_HIDDEN_CLASS = 'app-shell-hidden';
