import { lazy } from 'react';
import { paths } from './paths';
import type { RouteDef } from './route-types';

// The report page is its own chunk; jsPDF and docx are further chunks loaded on a download click.
export const reportRoutes: RouteDef[] = [
  {
    path: paths.report(':id'),
    component: lazy(() =>
      import('../features/report/report-page').then((m) => ({ default: m.ReportPage })),
    ),
  },
];
