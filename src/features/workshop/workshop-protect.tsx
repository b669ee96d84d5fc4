import { MIN_GROUP } from '../../domain/aggregate-stats';
import { COUNCIL_UNIT_RULE } from '../../domain/workshop-rules';

/** The promises the workshop keeps, in words a respondent can check; every one is enforced in code. */
export function ProtectSection({ anonymise }: { anonymise: boolean }) {
  return (
    <>
      <p className="govuk-body">
        {anonymise
          ? 'Names are off. These rules apply to this page, the workshop pack, the handouts, the CSV file and the network benchmark:'
          : 'Names are on, so organisations are named. The other rules still apply:'}
      </p>
      <ul className="govuk-list govuk-list--bullet" data-testid="protect-rules">
        <li>
          With names off, no organisation, person or file name appears anywhere, not even hidden in
          the page’s code. Councils are shown as Council A, Council B and so on.
        </li>
        <li>
          The letters are drawn at random when a council first joins this workshop and kept with it.
          They do not follow the alphabet and cannot be worked out from the names.
        </li>
        <li>
          No figure, row, dot or label is shown for a group of fewer than {MIN_GROUP} councils or
          responses. A group whose every answer was “Don’t know” is said to have no scores.
        </li>
        <li>{COUNCIL_UNIT_RULE}</li>
        <li>
          With names off, single responses are listed only when every council has {MIN_GROUP} or
          more responses, and never with the respondent’s role.
        </li>
        <li>
          A respondent who chose to hide their overall score never has it shown or counted in any
          output.
        </li>
        <li>
          A handout for one council shows that council against the network, and nothing that could
          identify any other council.
        </li>
        <li>Everything stays in this browser: no file is sent anywhere.</li>
      </ul>
    </>
  );
}
