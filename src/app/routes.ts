import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { paths } from '../routes/paths';
import type { PageProps, Routable } from '../routes/route-path';

/** A page as the router renders it, with the params wouter hands over. */
type RoutedPage = ComponentType<{ params: Record<string, string | undefined> }>;

/** A page bound to a route: the pattern wouter matches and the lazily loaded page. */
export type PageRoute = { path: string; component: LazyExoticComponent<RoutedPage> };

/**
 * Binds a route to its page, loaded as its own chunk so the start page's chunk stays small. The
 * compiler checks that the page accepts the params the route's pattern gives.
 */
function page<R extends Routable>(
  route: R,
  load: () => Promise<ComponentType<PageProps<R>>>,
): PageRoute {
  return {
    path: route.pattern,
    // wouter renders the page only when the pattern matched, so every param it names is there.
    component: lazy(() => load().then((c) => ({ default: c as RoutedPage }))),
  };
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
