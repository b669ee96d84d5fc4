import { Cell, Row, RowHeader, Table } from '../../components/table';
import { href, paths } from '../../routes/paths';
import { RatingRule } from '../../components/rating-rule';
import { usePageTitle } from '../../components/use-page-title';
import { BAND_LABELS, PROVISIONAL_BELOW, targetToScore, targetWording } from '../../domain/scoring';
import { useQuestionnaire } from '../../store/questionnaire-store';

const BAND_RANGES = [
  'under 20',
  '20 to under 40',
  '40 to under 60',
  '60 to under 80',
  '80 and over',
];

/** "How scoring works": the guide's scoring method in plain English, with this bank's weights and critical questions. */
export function ScoringPage() {
  usePageTitle('How scoring works');
  const bank = useQuestionnaire();
  const weighted = bank.themes.flatMap((t) =>
    t.questions.filter((q) => q.weight !== 1 || q.critical).map((q) => ({ theme: t.title, q })),
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1}>
          How scoring works
        </h1>
        <p className="govuk-body-l">
          Every figure in the results comes from your answers by the simple method on this page.
          Nothing is hidden or adjusted, and you can check any score by hand.
        </p>

        <h2 className="govuk-heading-m" id="answers">
          Answers and levels
        </h2>
        <p className="govuk-body">
          Each question is answered on a scale of five levels, from 0 to 4:{' '}
          {bank.scale.map((s, i) => `${i} ${s}`).join(', ')}. You can also answer “Don’t know” or
          “Not applicable”.
        </p>
        <RatingRule terms={bank.terms} />

        <h2 className="govuk-heading-m" id="theme-score">
          A theme’s score
        </h2>
        <p className="govuk-body">
          A theme’s score is out of 100. Each question has a weight: most have weight 1, and those
          that matter more have a higher weight (they are listed at the end of this page). The score
          is the weighted levels you gave, divided by the most they could have been:
        </p>
        <p className="govuk-inset-text">
          score = 100 × (sum of weight × level) ÷ (sum of weight × 4)
        </p>
        <p className="govuk-body">
          For example, a theme with three questions of weights 1, 2 and 1, answered at levels 4, 1
          and 2, scores 100 × (4 + 2 + 2) ÷ (4 + 8 + 4) = 50.
        </p>
        <p className="govuk-body">
          Questions answered “Don’t know” or “Not applicable”, and questions not answered, are left
          out of both sums: they neither raise nor lower the score. Scores are kept exact and only
          rounded to whole numbers when shown.
        </p>

        <h2 className="govuk-heading-m" id="coverage">
          Coverage and provisional scores
        </h2>
        <p className="govuk-body">
          A theme’s coverage is the share of its questions answered with a level. When coverage is
          under {Math.round(PROVISIONAL_BELOW * 100)}%, the score rests on too few answers to rely
          on, so it is marked “provisional”. A theme with no questions answered with a level has no
          score at all: it is shown as “No score”, never as zero.
        </p>

        <h2 className="govuk-heading-m" id="bands">
          Bands
        </h2>
        <Table caption="Score bands" columns={['Band', 'Score']}>
          {BAND_LABELS.map((label, i) => (
            <Row key={label}>
              <RowHeader>{label}</RowHeader>
              <Cell>{BAND_RANGES[i]}</Cell>
            </Row>
          ))}
        </Table>

        <h2 className="govuk-heading-m" id="overall">
          The overall score
        </h2>
        <p className="govuk-body">
          The overall score is the average of the theme scores that exist, with every theme counting
          equally. Themes with no score are left out. Because a single figure invites comparison
          between councils, you can hide it on the results page: the themes tell you more than the
          average does.
        </p>

        <h2 className="govuk-heading-m" id="gaps">
          Critical gaps and evidence gaps
        </h2>
        <p className="govuk-body">
          Some questions are marked critical. A critical question answered at level 0 or 1 is a{' '}
          <strong>critical gap</strong>. A question answered “Don’t know” is an{' '}
          <strong>evidence gap</strong>: something to find out before the next assessment.
        </p>
        {bank.criticalRule ? (
          <p className="govuk-body" data-testid="critical-rule">
            <strong>Which questions are critical.</strong> {bank.criticalRule}
          </p>
        ) : null}
        {bank.weightRule ? (
          <p className="govuk-body" data-testid="weight-rule">
            <strong>Weights.</strong> {bank.weightRule}
          </p>
        ) : null}

        <h2 className="govuk-heading-m" id="targets">
          Targets
        </h2>
        <p className="govuk-body">
          Each theme has a target, a level from 0 to 4. Unless you choose one, the target is one
          level above the theme’s current band (so a theme in the Developing band, band 2, aims for
          level 3), and at most level 4. A theme with no score aims for level 1.
        </p>
        <p className="govuk-body">
          A target is a band to reach. It is met when the score reaches the band’s lower bound, and
          the charts draw it there: a target of {targetWording(3)} is met by a score of{' '}
          {targetToScore(3)}.
        </p>

        <h2 className="govuk-heading-m" id="priorities">
          Priorities and the draft plan
        </h2>
        <p className="govuk-body">
          Priorities are the questions answered below their theme’s target, or that are critical
          gaps. They are ordered:
        </p>
        <ol className="govuk-list govuk-list--number">
          <li>critical gaps first</li>
          <li>then by weight × (target level − level), largest first</li>
          <li>then in the order of the questions</li>
        </ol>
        <p className="govuk-body">
          A priority is high when it is a critical gap or weight × (target − level) is 2 or more,
          medium when it is 1 or more, and low otherwise. The draft action plan takes, for each
          priority in turn, the actions the question bank suggests for its current level. You can
          change, add, remove and reorder actions; updating the plan from your priorities keeps your
          changes.
        </p>

        <h2 className="govuk-heading-m" id="progress">
          Progress since last time
        </h2>
        <p className="govuk-body">
          When you start a new assessment from an earlier one, the results compare each theme and
          question with the earlier answers: the earlier and new level or score, the change, and
          whether the targets in force last time have been met.
        </p>

        {weighted.length > 0 && (
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                Weighted and critical questions in this question bank
              </span>
            </summary>
            <div className="govuk-details__text">
              <Table
                caption={`Questions with a weight other than 1 or marked critical (${bank.title}, version ${bank.version})`}
                columns={['Question', { header: 'Weight', numeric: true }, 'Critical']}
              >
                {weighted.map(({ theme, q }) => (
                  <Row key={q.id}>
                    <Cell>
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1">
                        {theme}
                      </span>
                      {q.text}
                    </Cell>
                    <Cell numeric>{q.weight}</Cell>
                    <Cell>{q.critical ? 'Yes' : 'No'}</Cell>
                  </Row>
                ))}
              </Table>
            </div>
          </details>
        )}

        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.assessments())}>
            Go to your saved assessments
          </a>
        </p>
      </div>
    </div>
  );
}
