import type { RouteDef } from './route-types';
import { journeyRoutes } from './routes-journey';
import { reportRoutes } from './routes-report';
import { resultsRoutes } from './routes-results';
import { workshopRoutes } from './routes-workshop';

export const routes: RouteDef[] = [
  ...journeyRoutes,
  ...resultsRoutes,
  ...reportRoutes,
  ...workshopRoutes,
];
