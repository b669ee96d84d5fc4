import type { ComponentType, LazyExoticComponent } from 'react';

/** A page: a wouter path pattern and a lazily loaded component (each page is its own chunk). */
export type RouteDef = {
  path: string;
  // Pages receive wouter's params; each page reads the ones it needs.
  component: LazyExoticComponent<ComponentType<{ params: Record<string, string | undefined> }>>;
};
