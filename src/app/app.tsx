import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
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
        <Switch>
          {routes.map(({ path, component: Page }) => (
            <Route key={path} path={path}>
              {(params) => (
                <Suspense fallback={<Loading />}>
                  <Page params={params} />
                </Suspense>
              )}
            </Route>
          ))}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Layout>
    </Router>
  );
}
