import { lazy } from 'react';
import { paths } from './paths';
import type { RouteDef } from './route-types';

// Each page is its own chunk; recharts is a further lazy chunk inside the results page.
export const resultsRoutes: RouteDef[] = [
  {
    path: paths.results(':id'),
    component: lazy(() =>
      import('../features/results/results-page').then((m) => ({ default: m.ResultsPage })),
    ),
  },
  {
    path: paths.plan(':id'),
    component: lazy(() =>
      import('../features/plan/plan-page').then((m) => ({ default: m.PlanPage })),
    ),
  },
  {
    path: paths.scoring(),
    component: lazy(() =>
      import('../features/scoring/scoring-page').then((m) => ({ default: m.ScoringPage })),
    ),
  },
];
