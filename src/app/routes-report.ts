import { lazy } from 'react';
import { paths } from './paths';
import type { RouteDef } from './route-types';

// The report page is its own chunk; jsPDF and docx are further chunks loaded on a download click.
const reportPage = lazy(() =>
  import('../features/report/report-page').then((m) => ({ default: m.ReportPage })),
);

export const reportRoutes: RouteDef[] = [
  { path: paths.report(':id'), component: reportPage },
  // `/a/:id/report/full`: the page reads the edition from the last segment.
  { path: `${paths.report(':id')}/:edition`, component: reportPage },
  {
    path: paths.cabinet(':id'),
    component: lazy(() =>
      import('../features/cabinet/cabinet-page').then((m) => ({ default: m.CabinetPage })),
    ),
  },
];
