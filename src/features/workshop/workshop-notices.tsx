import { href, paths } from '../../routes/paths';

/** Warnings above the figures: names are on, or some responses look like the same answers twice. */
export function Notices({
  anonymise,
  suspects,
}: {
  anonymise: boolean;
  suspects: readonly (readonly number[])[];
}) {
  const doubled = suspects.reduce((n, g) => n + g.length, 0);
  return (
    <>
      {anonymise ? null : (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Organisations are named on this page and in downloads. Check that every council agreed
            before you share them.
          </strong>
        </div>
      )}
      {doubled > 0 ? (
        <div className="govuk-warning-text" data-testid="likely-duplicates">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {doubled} responses look like the same answers exported more than once (same
            organisation, role and answers, different file).{' '}
            {anonymise
              ? 'Turn names on to review them under “Manage the responses”.'
              : 'Review them under “Manage the responses”.'}
          </strong>
        </div>
      ) : null}
    </>
  );
}

/** A workshop address with no workshop behind it, or one whose saved data cannot be read. */
export function WorkshopNotFound({ problem }: { problem: string | null }) {
  return (
    <>
      <h1 className="govuk-heading-l">Workshop not found</h1>
      <p className="govuk-body">
        {problem !== null
          ? `This workshop’s saved data cannot be read: ${problem}.`
          : 'There is no workshop with this address on this device.'}
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={href(paths.workshops())}>
          Go to workshops
        </a>
      </p>
    </>
  );
}
