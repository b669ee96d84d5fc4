import { href, paths } from '../../routes/paths';
import { formatDate, formatScore } from '../../domain/format';
import {
  formatChange,
  formatScoreChange,
  type AnswerState,
  type Comparison,
} from '../../domain/comparison';
import type { Level } from '../../domain/questionnaire-schema';
import { targetWording } from '../../domain/scoring';

const met = (m: boolean | null) => (m === null ? '–' : m ? 'Yes' : 'No');

function answerText(state: AnswerState, level: Level | null, scale: readonly string[]): string {
  if (state === 'level' && level !== null) return `${level} ${scale[level]}`;
  return {
    'dont-know': 'Don’t know',
    'not-applicable': 'Not applicable',
    unanswered: 'Not answered',
    level: '',
  }[state];
}

/** "Progress since last time": this assessment against the earlier one it was started from. */
export function ProgressSection({
  assessmentId,
  comparison,
  scale,
}: {
  assessmentId: string;
  comparison: Comparison;
  scale: readonly string[];
}) {
  const earlier = formatDate(comparison.baselineDate);
  const themes = comparison.themes;
  return (
    <section aria-labelledby="progress-heading" className="app-section">
      <h2 className="govuk-heading-l" id="progress-heading">
        Progress since last time
      </h2>
      <p className="govuk-body">
        Compared with the earlier assessment of {earlier}. A target is met when the theme’s score
        now reaches the target that applied last time (a question meets it when its level reaches
        that target level).
      </p>
      <div
        className="app-table-scroll"
        role="region"
        aria-labelledby="progress-themes-caption"
        tabIndex={0}
      >
        <table className="govuk-table">
          <caption
            id="progress-themes-caption"
            className="govuk-table__caption govuk-table__caption--m"
          >
            Theme scores then and now
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Theme
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Earlier ({earlier})
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Now
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Change
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Earlier target
              </th>
              <th scope="col" className="govuk-table__header">
                Target met
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {themes.map((t) => (
              <tr className="govuk-table__row" key={t.themeId}>
                <th scope="row" className="govuk-table__header">
                  {t.title}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatScore(t.earlierScore)}
                  {t.earlierBand ? ` ${t.earlierBand}` : ''}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatScore(t.newScore)}
                  {t.newBand ? ` ${t.newBand}` : ''}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatScoreChange(t.earlierScore, t.newScore)}
                </td>
                <td className="govuk-table__cell">{targetWording(t.earlierTarget)}</td>
                <td className="govuk-table__cell">{met(t.targetMet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Change by question</span>
        </summary>
        <div className="govuk-details__text">
          {themes.map((t) => (
            <div
              className="app-table-scroll"
              role="region"
              aria-labelledby={`progress-${t.themeId}`}
              tabIndex={0}
              key={t.themeId}
            >
              <table className="govuk-table">
                <caption
                  id={`progress-${t.themeId}`}
                  className="govuk-table__caption govuk-table__caption--s"
                >
                  {t.title} (earlier target: level {t.earlierTarget})
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Question
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Earlier
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Now
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Change
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Target met
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {comparison.questions
                    .filter((q) => q.themeId === t.themeId)
                    .map((q) => (
                      <tr className="govuk-table__row" key={q.questionId}>
                        <td className="govuk-table__cell">
                          <a
                            className="govuk-link"
                            href={href(paths.question(assessmentId, q.questionId))}
                          >
                            {q.text}
                          </a>
                        </td>
                        <td className="govuk-table__cell">
                          {answerText(q.earlierState, q.earlierLevel, scale)}
                        </td>
                        <td className="govuk-table__cell">
                          {answerText(q.newState, q.newLevel, scale)}
                        </td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">
                          {formatChange(q.change)}
                        </td>
                        <td className="govuk-table__cell">{met(q.targetMet)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
