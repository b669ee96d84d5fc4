import type { RouteDef } from './route-types';

export const journeyRoutes: RouteDef[] = [];
