import { usePageTitle } from './use-page-title';

/** For any page whose assessment id is not in this browser's library. */
export function AssessmentNotFound({ savedHref }: { savedHref: string }) {
  usePageTitle('Assessment not found');
  return (
    <>
      <h1 className="govuk-heading-l">Assessment not found</h1>
      <p className="govuk-body">
        There is no assessment saved in this browser at this address. It may have been deleted, or
        saved in another browser or on another device.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={savedHref}>
          See your saved assessments
        </a>
      </p>
    </>
  );
}
