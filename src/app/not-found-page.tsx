import { usePageTitle } from '../components/use-page-title';
import { href, paths } from '../routes/paths';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        You can{' '}
        <a className="govuk-link" href={href(paths.start())}>
          go to the start page
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={href(paths.assessments())}>
          see your saved assessments
        </a>
        .
      </p>
    </>
  );
}
