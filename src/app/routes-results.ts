import type { RouteDef } from './route-types';

export const resultsRoutes: RouteDef[] = [];
