import { Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageErrorBoundary } from './page-error-boundary';
import { routes } from './routes';

function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

/** Hash-based routes (`#/a/…`) so the built files work from any static host or folder. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <Pages />
      </Layout>
    </Router>
  );
}

function Pages() {
  // Moving to another address clears an earlier page's failure (without remounting healthy pages).
  const [location] = useLocation();
  return (
    <Switch>
      {routes.map(({ path, component: Page }) => (
        <Route key={path} path={path}>
          {(params) => (
            <PageErrorBoundary
              key={location}
              assessmentId={(params as Record<string, string | undefined>).id}
            >
              <Suspense fallback={<Loading />}>
                <Page params={params} />
              </Suspense>
            </PageErrorBoundary>
          )}
        </Route>
      ))}
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
