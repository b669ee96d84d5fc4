// ESLint 9 flat config. Besides the usual TypeScript and hooks rules it enforces the layer
// direction of the guide (section 4): domain ← store ← report ← features ← app. A wrong import
// fails `npm run lint`; tests/unit/lint-rules.test.ts proves each rule with small snippets.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(root, 'src');
const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx', '.json'];

/**
 * import-x needs every import resolved to a file before it can check a path. Relative imports
 * are resolved lexically as a fallback, so an import of a file that does not exist yet (or a
 * snippet in the lint-rule tests) is still checked against the layers. Packages are left to
 * `no-restricted-imports`, which works on the import text.
 */
const lexicalResolver = {
  interfaceVersion: 3,
  name: 'lexical-relative',
  resolve(modulePath, sourceFile) {
    if (!modulePath.startsWith('.') && !modulePath.startsWith('/')) return { found: false };
    const base = path.resolve(path.dirname(sourceFile), modulePath);
    const candidates = [
      base,
      ...CODE_EXTENSIONS.map((ext) => base + ext),
      ...CODE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
    ];
    const existing = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    return { found: true, path: existing ?? base };
  },
};

/** The top-level folder of src/ a file belongs to, and for features the feature's name. */
function layerOf(file) {
  const rel = path.relative(src, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [layer, sub] = rel.split(path.sep);
  return { layer, feature: layer === 'features' && rel.split(path.sep).length > 2 ? sub : null };
}

/**
 * "A feature never imports another feature" cannot be written as fixed zones (the set of features
 * grows), so it is a small local rule: the importing file's feature folder must equal the
 * imported file's feature folder.
 */
const noCrossFeature = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'A feature must not import another feature; share code through components, lib, store or domain.',
    },
    schema: [],
    messages: {
      cross:
        'Feature "{{from}}" must not import feature "{{to}}" ({{source}}). Move shared code to components/, lib/, store/ or domain/.',
    },
  },
  create(context) {
    const file = context.physicalFilename;
    const here = layerOf(file);
    if (!here || here.layer !== 'features' || !here.feature) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(file), source.value));
      if (target?.layer === 'features' && target.feature && target.feature !== here.feature) {
        context.report({
          node: source,
          messageId: 'cross',
          data: { from: here.feature, to: target.feature, source: source.value },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** `any` (and every other rule) may be switched off only with a reason: `// eslint-disable-next-line rule -- why`. */
const requireDisableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'eslint-disable comments must give a reason after " -- ".' },
    schema: [],
    messages: { reason: 'Say why this rule is switched off: add " -- <reason>" to the comment.' },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?(\s|$)/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'reason' });
          }
        }
      },
    };
  },
};

/** File names are kebab-case, and src/ has no barrel files (index.ts that re-export). */
const fileNames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'kebab-case file names; no index.ts barrels in src/' },
    schema: [],
    messages: {
      kebab: 'File name "{{name}}" is not kebab-case (e.g. "results-page.tsx").',
      barrel: 'No barrel files: import from the module itself, not from an index file.',
    },
  },
  create(context) {
    return {
      Program(node) {
        const file = context.physicalFilename;
        const name = path.basename(file);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(name)) {
          context.report({ node, messageId: 'kebab', data: { name } });
        }
        if (layerOf(file) && /^index\.[cm]?[jt]sx?$/.test(name)) {
          context.report({ node, messageId: 'barrel' });
        }
      },
    };
  },
};

const local = {
  rules: {
    'no-cross-feature': noCrossFeature,
    'require-disable-reason': requireDisableReason,
    'file-names': fileNames,
  },
};

const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/store',
      './src/report',
      './src/features',
      './src/components',
      './src/lib',
      './src/app',
      './src/cli',
      './src/workers',
      './src/routes',
    ],
    message: 'src/domain is pure: it imports only other domain modules.',
  },
  {
    target: './src/store',
    from: [
      './src/report',
      './src/features',
      './src/components',
      './src/lib',
      './src/app',
      './src/cli',
    ],
    message: 'src/store imports only src/domain.',
  },
  {
    target: './src/report',
    from: [
      './src/store',
      './src/features',
      './src/components',
      './src/lib',
      './src/app',
      './src/cli',
    ],
    message: 'src/report imports only src/domain (it is shared with the command line).',
  },
  {
    target: './src/cli',
    from: ['./src/store', './src/features', './src/components', './src/lib', './src/app'],
    message: 'src/cli imports only src/domain and src/report.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/cli'],
    message: 'Shared components must not import features.',
  },
  {
    target: ['./src/components', './src/features', './src/lib', './src/routes'],
    from: './src/app',
    message:
      'Only src/app imports pages and binds them to routes; below it, link with src/routes/paths.ts.',
  },
  {
    // The route table is the one definition of every address; it imports nothing from the app's
    // layers, so features and components can link with it without pulling page code in.
    target: './src/routes',
    from: [
      './src/domain',
      './src/store',
      './src/report',
      './src/features',
      './src/components',
      './src/lib',
      './src/cli',
      './src/workers',
    ],
    message: 'src/routes is the route table: it imports only other modules in src/routes.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/cli'],
    message: 'src/lib must not import features.',
  },
  {
    target: './src/features',
    from: './src/cli',
    message: 'The browser app must not import the command line.',
  },
  {
    // Web workers run domain code off the main thread; features start them.
    target: './src/workers',
    from: [
      './src/store',
      './src/report',
      './src/features',
      './src/components',
      './src/lib',
      './src/app',
      './src/cli',
    ],
    message: 'src/workers imports only src/domain.',
  },
];

/** Packages a layer must not import (no-restricted-imports works on the import text). */
const UI_PACKAGES = ['react', 'react-dom', 'react-hook-form', 'wouter'];
const UI_PATTERNS = ['react/*', 'react-dom/*', '@hookform/*', 'govuk-frontend', 'govuk-frontend/*'];
const CHART_DOC = ['recharts', 'jspdf', 'docx'];
const STORAGE = ['idb-keyval', 'zustand'];

function restrictPackages(names, patterns, why) {
  return [
    'error',
    {
      paths: names.map((name) => ({ name, message: why })),
      patterns: patterns.length ? [{ group: patterns, message: why }] : [],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'dev-dist/**',
      'node_modules/**',
      'reports/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'questionnaires/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs,jsx}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, local },
    settings: { 'import-x/resolver-next': [lexicalResolver] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // With noUncheckedIndexedAccess, `!` after a checked lookup is the honest way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'import-x/no-restricted-paths': ['error', { zones: layerZones, basePath: root }],
      'local/no-cross-feature': 'error',
      'local/require-disable-reason': 'error',
      'local/file-names': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrictPackages(
        [...UI_PACKAGES, ...CHART_DOC, ...STORAGE],
        UI_PATTERNS.concat(['zustand/*']),
        'src/domain is pure TypeScript (+ zod): no React, storage, chart or document libraries.',
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'fetch',
          'self',
          'location',
          'Buffer',
          'process',
          'require',
        ].map((name) => ({
          name,
          message: 'src/domain is pure: no DOM, Node, storage or network.',
        })),
      ],
    },
  },
  {
    // Named exports only, so a renamed symbol is renamed everywhere (COMMON rule 5).
    files: ['src/**'],
    rules: { 'import-x/no-default-export': 'error' },
  },
  {
    files: ['src/workers/**'],
    rules: {
      'no-restricted-imports': restrictPackages(
        [...UI_PACKAGES, ...CHART_DOC, ...STORAGE],
        UI_PATTERNS.concat(['zustand/*']),
        'src/workers run domain code off the main thread: no UI, storage, chart or document libraries.',
      ),
    },
  },
  {
    files: ['src/routes/**'],
    rules: {
      'no-restricted-imports': restrictPackages(
        [...UI_PACKAGES, ...CHART_DOC, ...STORAGE, 'zod'],
        UI_PATTERNS.concat(['zustand/*']),
        'src/routes is plain TypeScript: every page links with it, so it must stay tiny.',
      ),
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': restrictPackages(
        ['react-dom', 'react-hook-form', 'wouter', ...CHART_DOC],
        ['react-dom/*', '@hookform/*', 'govuk-frontend', 'govuk-frontend/*'],
        'src/store imports src/domain, zustand and idb-keyval only.',
      ),
    },
  },
  {
    files: ['src/report/**'],
    rules: {
      'no-restricted-imports': restrictPackages(
        [...UI_PACKAGES, 'recharts', ...STORAGE],
        UI_PATTERNS.concat(['zustand/*']),
        'src/report runs in the browser and the command line: domain, jspdf and docx only.',
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'self',
          'location',
          'Buffer',
          'process',
          'require',
        ].map((name) => ({
          name,
          message:
            'src/report has no DOM and no Node: it is shared by the browser and the command line.',
        })),
      ],
    },
  },
  {
    files: ['src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrictPackages(
        [...UI_PACKAGES, 'recharts', ...STORAGE],
        UI_PATTERNS.concat(['zustand/*']),
        'src/cli imports src/domain and src/report only.',
      ),
    },
  },
  {
    files: ['scripts/**', '*.config.{js,ts,mjs}', 'tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
