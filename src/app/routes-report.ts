import type { RouteDef } from './route-types';

export const reportRoutes: RouteDef[] = [];
