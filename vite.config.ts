import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderStart } from './scripts/prerender-start.ts';

const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Writes `.vite/chunk-modules.json` (output chunk → source modules) next to Vite's manifest, so the
 * bundle-budget check (scripts/bundle-size.mjs) can tell exactly which libraries reach the initial
 * load, whatever names the bundler gives to shared chunks.
 */
function chunkModules(): Plugin {
  return {
    name: 'bsr-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const map: Record<string, string[]> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        map[fileName] = Object.keys(output.modules)
          .map((id) => id.replace(/^\0/, '').split('?')[0] ?? id)
          .map((id) => (path.isAbsolute(id) ? path.relative(root, id) : id))
          .sort();
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(map, null, 1),
      });
    },
  };
}

/**
 * The dev server injects an inline script (React refresh) and inline styles, which the page's
 * Content-Security-Policy rightly forbids; so the policy is dropped from the dev server's page
 * only. The built app keeps it (tests/e2e/security.spec.ts checks the built index.html).
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'bsr-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/i, ''),
  };
}

/**
 * The page's Content-Security-Policy, written once in index.html's meta tag, and the HTTP headers a
 * host should send with every file: the same policy (which also reaches the service worker, and
 * can forbid framing, which a meta tag cannot), plus three more. `vite preview` sends them, and the
 * build writes them to dist/_headers (the format Netlify and Cloudflare Pages read); the README's
 * Hosting section shows the same for nginx.
 */
const CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
  readFileSync(path.join(root, 'index.html'), 'utf8'),
)?.[1];
if (!CSP) throw new Error('index.html has no Content-Security-Policy meta tag');
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

function headersFile(): Plugin {
  return {
    name: 'bsr-headers-file',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: ['/*', ...lines, ''].join('\n'),
      });
    },
  };
}

/**
 * GOV.UK Frontend 5 shares its settings between its files through @import, so it can only be
 * loaded whole, as one Sass module. `@use 'bsr:govuk-frontend' with (...)` in src/styles/main.scss
 * loads this selection of it: every component except service navigation, whose old-IE hack
 * (`min-width: 0\\0`) the CSS minifier cannot parse (the service's navigation has its own styles).
 */
const GOVUK_COMPONENTS =
  'accordion back-link breadcrumbs button character-count checkboxes date-input details error-message error-summary fieldset file-upload footer header hint input inset-text label notification-banner pagination panel phase-banner radios select skip-link summary-list table tabs tag task-list textarea warning-text';
const govukFrontendSass = {
  // The selection poses as a file in GOV.UK Frontend's folder, so its @import rules resolve there.
  canonicalize: (url: string) =>
    url === 'bsr:govuk-frontend'
      ? pathToFileURL(path.join(root, 'node_modules/govuk-frontend/dist/govuk/_bsr-selection.scss'))
      : null,
  load: (url: URL) =>
    url.pathname.endsWith('/_bsr-selection.scss')
      ? {
          syntax: 'scss' as const,
          contents: [
            'base',
            'core/index',
            'objects/index',
            ...GOVUK_COMPONENTS.split(' ').map((c) => `components/${c}/index`),
            'utilities/index',
            'overrides/index',
          ]
            .map((file) => `@import '${file}';`)
            .join('\n'),
        }
      : null,
};

// `base: './'` keeps every asset URL relative, so the built app works from any static host and
// any sub-path (routing is hash-based for the same reason).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    VitePWA({
      // A new version waits until the user chooses to reload (src/components/update-notice.tsx):
      // never a silent swap in the middle of an assessment.
      registerType: 'prompt',
      // Registration is done by src/lib/pwa-update.ts, loaded lazily: no inline script (CSP) and
      // nothing added to the start page's JavaScript.
      injectRegister: false,
      manifest: {
        id: './',
        name: 'Big Society Readiness',
        short_name: 'Readiness',
        description:
          'A self-assessment for UK local authorities of how ready they are for community-led services. Your answers stay on this device.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything, including the lazy chunks (charts, PDF, Word), the question bank JSON asset
        // and the example file, so a workshop room with no network gets the whole tool.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ico,webmanifest,woff,woff2}'],
        globIgnores: ['.vite/**', '**/node_modules/**'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once (there is nothing to swap); later versions wait.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    prerenderStart(root),
    chunkModules(),
    devWithoutCsp(),
    headersFile(),
  ],
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [path.join(root, 'node_modules')],
        importers: [govukFrontendSass],
        // GOV.UK Frontend comes through the load path and the importer, so Sass counts it as a
        // dependency: its internal @import rules are its makers' to change, not warnings here.
        quietDeps: true,
      },
    },
  },
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
});
