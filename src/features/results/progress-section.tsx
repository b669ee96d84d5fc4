import { href, paths } from '../../routes/paths';
import { Cell, Row, RowHeader, Table } from '../../components/table';
import { formatDate, formatScore } from '../../domain/format';
import {
  formatChange,
  formatScoreChange,
  type AnswerState,
  type Comparison,
} from '../../domain/comparison';
import type { Level } from '../../domain/questionnaire-schema';
import { targetWording } from '../../domain/scoring';

const QUESTION_COLUMNS = [
  'Question',
  'Earlier',
  'Now',
  { header: 'Change', numeric: true },
  'Target met',
];

const scoreWithBand = (score: number | null, band: string | null) =>
  `${formatScore(score)}${band ? ` ${band}` : ''}`;

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
      <Table
        caption="Theme scores then and now"
        captionSize="m"
        captionId="progress-themes-caption"
        columns={[
          'Theme',
          { header: `Earlier (${earlier})`, numeric: true },
          { header: 'Now', numeric: true },
          { header: 'Change', numeric: true },
          'Earlier target',
          'Target met',
        ]}
        scroll
      >
        {themes.map((t) => (
          <Row key={t.themeId}>
            <RowHeader>{t.title}</RowHeader>
            <Cell numeric>{scoreWithBand(t.earlierScore, t.earlierBand)}</Cell>
            <Cell numeric>{scoreWithBand(t.newScore, t.newBand)}</Cell>
            <Cell numeric>{formatScoreChange(t.earlierScore, t.newScore)}</Cell>
            <Cell>{targetWording(t.earlierTarget)}</Cell>
            <Cell>{met(t.targetMet)}</Cell>
          </Row>
        ))}
      </Table>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Change by question</span>
        </summary>
        <div className="govuk-details__text">
          {themes.map((t) => (
            <Table
              key={t.themeId}
              caption={`${t.title} (earlier target: level ${t.earlierTarget})`}
              captionId={`progress-${t.themeId}`}
              columns={QUESTION_COLUMNS}
              scroll
            >
              {comparison.questions
                .filter((q) => q.themeId === t.themeId)
                .map((q) => (
                  <Row key={q.questionId}>
                    <Cell>
                      <a
                        className="govuk-link"
                        href={href(paths.question(assessmentId, q.questionId))}
                      >
                        {q.text}
                      </a>
                    </Cell>
                    <Cell>{answerText(q.earlierState, q.earlierLevel, scale)}</Cell>
                    <Cell>{answerText(q.newState, q.newLevel, scale)}</Cell>
                    <Cell numeric>{formatChange(q.change)}</Cell>
                    <Cell>{met(q.targetMet)}</Cell>
                  </Row>
                ))}
            </Table>
          ))}
        </div>
      </details>
    </section>
  );
}
