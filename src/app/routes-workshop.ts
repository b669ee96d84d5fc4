import { lazy } from 'react';
import type { RouteDef } from './route-types';

// Files and workshops: each page its own chunk (the workshop chunk carries the charts; the PDF
// renderer is loaded only on the click that needs it).
export const workshopRoutes: RouteDef[] = [
  {
    path: '/import',
    component: lazy(() =>
      import('../features/files/import-page').then((m) => ({ default: m.ImportPage })),
    ),
  },
  {
    path: '/a/:id/export',
    component: lazy(() =>
      import('../features/files/export-page').then((m) => ({ default: m.ExportPage })),
    ),
  },
  {
    path: '/workshops',
    component: lazy(() =>
      import('../features/workshop/workshops-page').then((m) => ({ default: m.WorkshopsPage })),
    ),
  },
  {
    path: '/workshops/:workshopId',
    component: lazy(() =>
      import('../features/workshop/workshop-page').then((m) => ({ default: m.WorkshopPage })),
    ),
  },
];
