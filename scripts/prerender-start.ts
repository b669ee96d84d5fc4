import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as StartShell from '../src/app/start-shell';
import { SHELL_HIDDEN_CLASS } from '../src/app/start-shell-gate.ts';

/**
 * Paints the start page before any script runs (Lighthouse's largest contentful paint was 83%
 * "render delay": the page waited for the entry script, the bank and the library).
 *
 * - The start page, rendered by the app's own components (src/app/start-shell.tsx) for a browser
 *   with nothing saved, goes into index.html's `<div id="root">` in place of the marker below.
 *   main.tsx lets React replace it on the first render (createRoot, not hydration: the list of
 *   saved assessments may differ, and a hydration mismatch would be an error in the console).
 * - Every other address (`#/a/…/results`, opened from a bookmark or a reload) must not show the
 *   start page for a moment: a tiny render-blocking script, a file (the CSP allows no inline
 *   script), marks <html> before the first paint, the stylesheet then hides #root, and main.tsx
 *   empties it. It is fetched alongside the stylesheet, which blocks rendering anyway.
 * - The bank, which every page needs before its first render, is preloaded from the HTML instead
 *   of being requested only once the entry script has run.
 * - The entry script and its static imports are fetched at low priority, after the stylesheet.
 */
export const SHELL_MARKER = '<!--app-start-shell-->';

// The start route is `/` (src/routes/paths.ts); wouter's hash location reads '', '#' and '#/' as it.
const GATE_SOURCE = `// Hides the prerendered start page before the first paint when the address is another page.
if (!/^#?\\/?$/.test(location.hash)) document.documentElement.classList.add('${SHELL_HIDDEN_CLASS}');
`;

export function prerenderStart(root: string): Plugin {
  let shell = '';
  let bankFile = '';
  const gateFile = `assets/start-gate-${createHash('sha256').update(GATE_SOURCE).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'bsr-prerender-start',
    apply: 'build',
    async buildStart() {
      const { module } = await runnerImport<typeof StartShell>(
        path.join(root, 'src/app/start-shell.tsx'),
        { root, configFile: false, logLevel: 'error' },
      );
      bankFile = module.bankSource.replace(/^\//, '').split('?')[0] ?? '';
      shell = module.renderStartShell(JSON.parse(readFileSync(path.join(root, bankFile), 'utf8')));
      if (!shell.includes('<h1')) throw new Error('the prerendered start page has no heading');
      this.emitFile({ type: 'asset', fileName: gateFile, source: GATE_SOURCE });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes(SHELL_MARKER)) throw new Error(`index.html has no ${SHELL_MARKER}`);
        const bankAsset = Object.values(ctx.bundle ?? {}).find(
          (output) => output.type === 'asset' && output.originalFileNames.includes(bankFile),
        );
        if (!bankAsset) throw new Error(`the build has no asset for ${bankFile}`);
        return {
          // The entry script and its imports are not render-blocking (modules are deferred): at
          // low priority they no longer compete with the stylesheet, which is.
          html: html
            .replace(SHELL_MARKER, shell)
            .replace(
              /<(script type="module"|link rel="modulepreload") crossorigin/g,
              '<$1 fetchpriority="low" crossorigin',
            ),
          // The preload before any script: one placed after the blocking gate script was only
          // requested once that script had run.
          tags: [
            {
              tag: 'link',
              attrs: {
                rel: 'preload',
                href: `./${bankAsset.fileName}`,
                as: 'fetch',
                crossorigin: 'anonymous',
              },
              injectTo: 'head',
            },
            { tag: 'script', attrs: { src: `./${gateFile}` }, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
