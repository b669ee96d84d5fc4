import { lazy } from 'react';
import type { RouteDef } from './route-types';

// Each page is its own chunk; the start page's chunk stays small.
export const journeyRoutes: RouteDef[] = [
  { path: '/', component: lazy(() => import('../features/start/start-page').then((m) => ({ default: m.StartPage }))) },
];
