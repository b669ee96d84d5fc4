import { Suspense, useEffect } from 'react';
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

/** Calls back once the page beside it is committed (or hydrated). */
function OnShown({ callback }: { callback: () => void }) {
  useEffect(callback, [callback]);
  return null;
}

const nothing = () => {};

/**
 * Hash-based routes (`#/a/…`) so the built files work from any static host or folder.
 * `onPageShown` is called each time a page has been drawn (main.tsx hands the prerendered start
 * page's input over to React then).
 */
export function App({ onPageShown = nothing }: { onPageShown?: () => void }) {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <Pages onPageShown={onPageShown} />
      </Layout>
    </Router>
  );
}

function Pages({ onPageShown }: { onPageShown: () => void }) {
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
                <OnShown callback={onPageShown} />
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
