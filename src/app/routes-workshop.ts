import type { RouteDef } from './route-types';

export const workshopRoutes: RouteDef[] = [];
