import { lazy } from 'react';
import type { RouteDef } from './route-types';

// Each page is its own chunk; the start page's chunk stays small.
export const journeyRoutes: RouteDef[] = [
  {
    path: '/',
    component: lazy(() =>
      import('../features/start/start-page').then((m) => ({ default: m.StartPage })),
    ),
  },
  {
    path: '/new',
    component: lazy(() =>
      import('../features/setup/about-page').then((m) => ({ default: m.AboutPage })),
    ),
  },
  {
    path: '/a/:id/about',
    component: lazy(() =>
      import('../features/setup/about-page').then((m) => ({ default: m.AboutPage })),
    ),
  },
  {
    path: '/a/:id/tasks',
    component: lazy(() =>
      import('../features/questionnaire/task-list-page').then((m) => ({ default: m.TaskListPage })),
    ),
  },
  {
    path: '/a/:id/theme/:themeId',
    component: lazy(() =>
      import('../features/questionnaire/theme-page').then((m) => ({ default: m.ThemePage })),
    ),
  },
  {
    path: '/a/:id/theme/:themeId/:questionId',
    component: lazy(() =>
      import('../features/questionnaire/theme-page').then((m) => ({ default: m.ThemePage })),
    ),
  },
  {
    path: '/a/:id/check',
    component: lazy(() =>
      import('../features/questionnaire/check-answers-page').then((m) => ({
        default: m.CheckAnswersPage,
      })),
    ),
  },
  {
    path: '/assessments',
    component: lazy(() =>
      import('../features/library/library-page').then((m) => ({ default: m.LibraryPage })),
    ),
  },
  {
    path: '/accessibility',
    component: lazy(() =>
      import('../features/info/accessibility-page').then((m) => ({ default: m.AccessibilityPage })),
    ),
  },
  {
    path: '/privacy',
    component: lazy(() =>
      import('../features/info/privacy-page').then((m) => ({ default: m.PrivacyPage })),
    ),
  },
];
