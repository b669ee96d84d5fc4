import { useEffect } from 'react';
import { pageTitle } from '../components/use-page-title';

/** Shown when the question bank itself cannot be loaded: nothing else can work without it. */
export function StartupFailure({ error }: { error: unknown }) {
  useEffect(() => {
    document.title = pageTitle('Sorry, there is a problem with the service');
  }, []);
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">
          The question bank could not be loaded, so the assessment cannot start.
        </p>
        <p className="govuk-body">
          Your saved assessments have not been changed. Try reloading the page.
        </p>
        <p className="govuk-body govuk-hint">
          {error instanceof Error ? error.message : String(error)}
        </p>
      </main>
    </div>
  );
}
