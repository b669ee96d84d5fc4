import { readFileSync } from 'node:fs';
import { Suspense, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { patternMatches, preloadPage, routes } from '../../src/app/routes';
import { paths } from '../../src/routes/paths';
import { setQuestionnaire, withBankDefaults } from '../../src/store/questionnaire-store';

// main.tsx preloads the page of the address the app opens on, in parallel with the bank and the
// library, so its first render is that page (not "Loading…" in place of the prerendered start).

const links = [
  paths.start(),
  paths.assessments(),
  paths.about('a1'),
  paths.theme('a1', 'capacity'),
  paths.question('a1', 'capacity.vcs-funding'),
  paths.results('a1'),
  paths.report('a1'),
  paths.reportFull('a1'),
  paths.workshop('w1'),
  '/a/a1/report/other',
  '/no/such/page',
  '/a/a1/results/',
];

describe('preloading the page of an address', () => {
  it.each(links)('picks, for %s, the route the router renders', (link) => {
    const router = routes.find((r) => matchRoute(parse, r.path, link)[0]);
    const preload = routes.find((r) => patternMatches(r.path, link));
    expect(preload?.path).toBe(router?.path);
  });

  it('a preloaded page renders at once, one not loaded yet suspends', async () => {
    const bank = JSON.parse(
      readFileSync('questionnaires/big-society-readiness.json', 'utf8'),
    ) as Parameters<typeof withBankDefaults>[0];
    setQuestionnaire(withBankDefaults(bank));
    const render = (path: string) => {
      const route = routes.find((r) => r.path === path)!;
      return renderToStaticMarkup(
        createElement(
          Suspense,
          { fallback: 'Loading…' },
          createElement(route.component, { params: {} }),
        ),
      );
    };
    expect(render(paths.scoring.pattern)).toBe('Loading…');
    await preloadPage(paths.start());
    expect(render(paths.start.pattern)).toContain(
      '<h1 class="govuk-heading-l">Big Society Readiness</h1>',
    );
  });

  it('an address with no page resolves without loading anything', async () => {
    await expect(preloadPage('/no/such/page')).resolves.toBeUndefined();
  });
});
