import { createElement, lazy, useState, type ComponentType } from 'react';
import { paths } from '../routes/paths';
import type { PageProps, Routable } from '../routes/route-path';

/** A page as the router renders it, with the params wouter hands over. */
type RoutedPage = ComponentType<{ params: Record<string, string | undefined> }>;

/**
 * A page bound to a route: the pattern wouter matches, the page (loaded as its own chunk), and
 * `preload`, which fetches that chunk ahead of the first render.
 */
export type PageRoute = {
  path: string;
  component: RoutedPage;
  preload: () => Promise<unknown>;
};

/**
 * Binds a route to its page, loaded as its own chunk so the start page's chunk stays small. The
 * compiler checks that the page accepts the params the route's pattern gives. Once preloaded, the
 * page renders at once, without suspending: main.tsx preloads the page of the address the app
 * opens on while the bank and the library are read, so the first render is the page itself and
 * never a "Loading…" placeholder in place of the start page's prerendered markup.
 */
function page<R extends Routable>(
  route: R,
  load: () => Promise<ComponentType<PageProps<R>>>,
): PageRoute {
  let loaded: RoutedPage | undefined;
  let loading: Promise<RoutedPage> | undefined;
  // wouter renders the page only when the pattern matched, so every param it names is there.
  const preload = () => (loading ??= load().then((c) => (loaded = c as RoutedPage)));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function RoutePage(props: { params: Record<string, string | undefined> }) {
    // Chosen once per mount, so a page never remounts (losing its state) when its chunk arrives.
    const [Page] = useState<RoutedPage>(() => loaded ?? Lazy);
    return createElement(Page, props);
  }
  return { path: route.pattern, component: RoutePage, preload };
}

/** Does a wouter pattern (`/a/:id/results`) match a location (`/a/x1/results`)? */
export function patternMatches(pattern: string, location: string): boolean {
  const source = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment))
    .join('/');
  return new RegExp(`^${source}/?$`).test(location);
}

// One line a route. bundle-size.mjs reads the start and theme lines to find their modules.
export const routes: PageRoute[] = [
  page(paths.start, () => import('../features/start/start-page').then((m) => m.StartPage)),
  page(paths.newAssessment, () => import('../features/setup/about-page').then((m) => m.AboutPage)),
  page(paths.about, () => import('../features/setup/about-page').then((m) => m.AboutPage)),
  page(paths.tasks, () =>
    import('../features/questionnaire/task-list-page').then((m) => m.TaskListPage),
  ),
  page(paths.theme, () => import('../features/questionnaire/theme-page').then((m) => m.ThemePage)),
  page(paths.question, () =>
    import('../features/questionnaire/theme-page').then((m) => m.ThemePage),
  ),
  page(paths.check, () =>
    import('../features/questionnaire/check-answers-page').then((m) => m.CheckAnswersPage),
  ),
  page(paths.assessments, () =>
    import('../features/library/library-page').then((m) => m.LibraryPage),
  ),
  page(paths.accessibility, () =>
    import('../features/info/accessibility-page').then((m) => m.AccessibilityPage),
  ),
  page(paths.privacy, () => import('../features/info/privacy-page').then((m) => m.PrivacyPage)),
  page(paths.results, () => import('../features/results/results-page').then((m) => m.ResultsPage)),
  page(paths.plan, () => import('../features/plan/plan-page').then((m) => m.PlanPage)),
  page(paths.scoring, () => import('../features/scoring/scoring-page').then((m) => m.ScoringPage)),
  // jsPDF and docx are further chunks, loaded on a download click.
  page(paths.report, () => import('../features/report/report-page').then((m) => m.ReportPage)),
  page(paths.reportFull, () =>
    import('../features/report/report-page').then((m) => m.FullReportPage),
  ),
  page(paths.cabinet, () => import('../features/cabinet/cabinet-page').then((m) => m.CabinetPage)),
  page(paths.importFiles, () => import('../features/files/import-page').then((m) => m.ImportPage)),
  page(paths.exportFiles, () => import('../features/files/export-page').then((m) => m.ExportPage)),
  page(paths.workshops, () =>
    import('../features/workshop/workshops-page').then((m) => m.WorkshopsPage),
  ),
  page(paths.workshop, () =>
    import('../features/workshop/workshop-page').then((m) => m.WorkshopPage),
  ),
];

/**
 * Start loading the page of this location (wouter's hash location, `/a/x1/results`). Resolves
 * once it is loaded, or at once when no route matches (the not-found page is in the entry).
 * A failed load is left for the page's own render to report through its error boundary.
 */
export function preloadPage(location: string): Promise<unknown> {
  const route = routes.find((r) => patternMatches(r.path, location));
  return route ? route.preload().catch(() => undefined) : Promise.resolve();
}
