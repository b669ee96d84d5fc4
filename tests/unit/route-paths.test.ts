import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { routes } from '../../src/app/routes';
import { paths } from '../../src/routes/paths';
import { definePath, type PageProps, type RouteParams } from '../../src/routes/route-path';

// The route table defines each address once: the link builders and the patterns the router
// matches come from the same definition, and the app binds every route to a page.

/** The link each route builds from sample values, and the params the router should read back. */
const samples: [keyof typeof paths, string, Record<string, string>][] = [
  ['start', paths.start(), {}],
  ['assessments', paths.assessments(), {}],
  ['newAssessment', paths.newAssessment(), {}],
  ['importFiles', paths.importFiles(), {}],
  ['scoring', paths.scoring(), {}],
  ['accessibility', paths.accessibility(), {}],
  ['privacy', paths.privacy(), {}],
  ['about', paths.about('a1'), { id: 'a1' }],
  ['tasks', paths.tasks('a1'), { id: 'a1' }],
  ['theme', paths.theme('a1', 'capacity'), { id: 'a1', themeId: 'capacity' }],
  [
    'question',
    paths.question('a1', 'capacity.vcs-funding'),
    { id: 'a1', themeId: 'capacity', questionId: 'capacity.vcs-funding' },
  ],
  ['check', paths.check('a1'), { id: 'a1' }],
  ['results', paths.results('a1'), { id: 'a1' }],
  ['plan', paths.plan('a1'), { id: 'a1' }],
  ['report', paths.report('a1'), { id: 'a1' }],
  ['reportFull', paths.reportFull('a1'), { id: 'a1' }],
  ['cabinet', paths.cabinet('a1'), { id: 'a1' }],
  ['exportFiles', paths.exportFiles('a1'), { id: 'a1' }],
  ['workshops', paths.workshops(), {}],
  ['workshop', paths.workshop('w1'), { workshopId: 'w1' }],
];

/** The named params of a match (wouter also keeps positional captures under numeric keys). */
function named(params: Record<string, string | undefined> | null) {
  return Object.fromEntries(Object.entries(params ?? {}).filter(([k]) => !/^\d+$/.test(k)));
}

describe('route table', () => {
  it('has a sample for every route', () => {
    expect(samples.map(([name]) => name).sort()).toEqual(Object.keys(paths).sort());
  });

  it.each(samples)(
    'the link %s builds (%s) matches its own pattern with the same params',
    (name, link, params) => {
      const [matched, got] = matchRoute(parse, paths[name].pattern, link);
      expect(matched).toBe(true);
      expect(named(got)).toEqual(params);
    },
  );

  it.each(samples)('the app routes the link %s builds (%s) to that route first', (name, link) => {
    // A wouter <Switch> renders the first route that matches.
    const first = routes.find((r) => matchRoute(parse, r.path, link)[0]);
    expect(first?.path).toBe(paths[name].pattern);
  });

  it('binds every route to a page exactly once, and nothing else', () => {
    const bound = routes.map((r) => r.path).sort();
    const defined = Object.values(paths)
      .map((p) => p.pattern)
      .sort();
    expect(bound).toEqual(defined);
  });

  it('an unknown report edition is not taken for the cabinet paper', () => {
    expect(routes.some((r) => matchRoute(parse, r.path, '/a/a1/report/other')[0])).toBe(false);
  });

  it('a builder fills the parameters in the order the pattern names them', () => {
    const p = definePath('/x/:first/y/:second');
    expect(p('1', '2')).toBe('/x/1/y/2');
    expect(p.pattern).toBe('/x/:first/y/:second');
  });
});

describe('typed parameters (checked by the type check, `npx tsc`)', () => {
  it('gives a page exactly the params its patterns name', () => {
    const theme: RouteParams<'/a/:id/theme/:themeId'> = { id: 'a', themeId: 't' };
    // @ts-expect-error -- the pattern names no workshopId
    const wrong: RouteParams<'/a/:id/theme/:themeId'> = { id: 'a', workshopId: 'w' };
    // A page on two routes: what both name is a string, what one names is optional.
    const both: PageProps<typeof paths.theme | typeof paths.question>['params'] = theme;
    const questionId: string | undefined = both.questionId;
    // @ts-expect-error -- id is always there, so it is a string, never undefined
    const id: undefined = both.id;
    // @ts-expect-error -- a builder takes one value a parameter
    paths.theme('a1');
    expect([wrong, questionId, id]).toHaveLength(3);
  });
});
