import type { WorkshopAggregate } from '../../domain/aggregate';
import { responseDetailAllowed, responseRows } from '../../domain/aggregate-compare';
import { SHORT_ROLE } from '../../domain/aggregate-labels';
import { COUNT_BY_TEXT, hiddenReason, MIN_GROUP, unitNoun } from '../../domain/aggregate-stats';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { LazyDetails } from './lazy-details';
import { Cell, Row, RowHeader } from '../../components/table';
import { d1, FiguresTable, r, signed, StatCells } from './workshop-table';

export function ThemeTable({ agg }: { agg: WorkshopAggregate }) {
  const by = agg.countBy;
  return (
    <FiguresTable
      caption={`Theme scores out of 100 (the chart’s figures), ${COUNT_BY_TEXT[by]}`}
      head={[
        'Theme',
        by === 'council' ? 'Councils' : 'Responses',
        'Lowest',
        'Lower quartile',
        'Median',
        'Upper quartile',
        'Highest',
      ]}
      testId="theme-table"
    >
      {agg.themes.map((t) => (
        <Row key={t.themeId}>
          <RowHeader>{t.title}</RowHeader>
          <StatCells g={t.group} by={by} />
        </Row>
      ))}
      <Row>
        <RowHeader>Overall (mean of theme scores; hidden overall scores left out)</RowHeader>
        <StatCells g={agg.overall} by={by} />
      </Row>
    </FiguresTable>
  );
}

/** A score cell for each theme, in bank order. */
function ScoreCells({ themes }: { themes: readonly { themeId: string; score: number | null }[] }) {
  return themes.map((t) => (
    <Cell key={t.themeId} numeric>
      {t.score === null ? 'No score' : r(t.score)}
    </Cell>
  ));
}

/** Each council's medians; each single response only where the rules allow it. */
export function ResponsesTable({ agg }: { agg: WorkshopAggregate }) {
  const rows = responseRows(agg);
  return (
    <>
      <LazyDetails summary={`Each council’s theme scores (${agg.councils.length})`}>
        {() => (
          <FiguresTable
            caption="Theme scores of each council (the median of its responses), out of 100"
            head={['Council', 'Responses', ...agg.themes.map((t) => t.title)]}
          >
            {agg.councils.map((c) => (
              <Row key={c.label}>
                <RowHeader>{c.label}</RowHeader>
                <Cell numeric>{c.respondents}</Cell>
                <ScoreCells themes={c.themes} />
              </Row>
            ))}
          </FiguresTable>
        )}
      </LazyDetails>
      {responseDetailAllowed(agg) ? (
        <LazyDetails summary={`Each response’s theme scores (${rows.length})`}>
          {() => (
            <FiguresTable
              caption="Theme scores of each response, out of 100"
              head={[
                'Response',
                ...(agg.anonymise ? [] : ['Role']),
                'Overall',
                ...agg.themes.map((t) => t.title),
              ]}
            >
              {rows.map((row) => (
                <Row key={row.label}>
                  <RowHeader>{row.label}</RowHeader>
                  {row.role === null ? null : <Cell>{row.role}</Cell>}
                  <Cell numeric>
                    {row.participant.overallHidden
                      ? 'Hidden by the respondent'
                      : row.participant.overall === null
                        ? 'No score'
                        : r(row.participant.overall)}
                  </Cell>
                  <ScoreCells themes={row.participant.result.themes} />
                </Row>
              ))}
            </FiguresTable>
          )}
        </LazyDetails>
      ) : (
        <p className="govuk-body" data-testid="responses-withheld">
          Single responses are not listed: with names off they are shown only when every council has{' '}
          {MIN_GROUP} or more responses, so that no respondent can be picked out.
        </p>
      )}
    </>
  );
}

/** Counts of levels 0-4 as one stacked bar; the counts themselves are written beside it. */
function LevelBar({ counts }: { counts: readonly number[] }) {
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  let x = 0;
  return (
    <svg viewBox="0 0 160 14" className="app-level-bar" aria-hidden="true" focusable="false">
      {counts.map((c, level) => {
        const w = (160 * c) / total;
        const rect = (
          <rect key={level} x={x} y={0} width={w} height={14} className={`app-level-${level}`} />
        );
        x += w;
        return rect;
      })}
    </svg>
  );
}

export function DisagreementSection({
  agg,
  bank,
}: {
  agg: WorkshopAggregate;
  bank: Questionnaire;
}) {
  const by = agg.countBy;
  const themeTitle = new Map(bank.themes.map((t) => [t.id, t.title]));
  const judged = agg.questions.filter((q) => q.group.stats);
  const rows = (list: typeof judged) =>
    list.map((q, i) => (
      <Row key={q.questionId}>
        <Cell numeric>{i + 1}</Cell>
        <RowHeader className="app-question-cell">
          {q.text}
          <br />
          <span className="govuk-body-s">{themeTitle.get(q.themeId)}</span>
        </RowHeader>
        <Cell numeric>{q.group.n}</Cell>
        <Cell>
          <LevelBar counts={q.counts} />
          <span className="govuk-body-s">
            {q.counts.map((c, level) => (
              <span key={level}>
                {level > 0 ? ' · ' : ''}
                <span className="govuk-visually-hidden">level </span>
                {level}: {c}
              </span>
            ))}
          </span>
        </Cell>
        <Cell numeric>{q.dontKnow}</Cell>
        <Cell numeric>{q.disagreement === null ? '' : q.disagreement.toFixed(2)}</Cell>
      </Row>
    ));
  const head = [
    '#',
    'Question',
    by === 'council' ? 'Councils with a level' : 'Responses with a level',
    'Levels chosen by responses (0 to 4)',
    'Don’t know',
    'Spread',
  ];
  const numeric = [0, 2, 4, 5];
  return (
    <>
      <p className="govuk-body">
        Questions are ordered by the spread of the levels, {COUNT_BY_TEXT[by]} (the standard
        deviation, compared exactly; ties by the interquartile range, then by the order of the
        question bank). Where views differ most is usually the best place to start a discussion. A
        question needs {MIN_GROUP} or more {unitNoun(by, 2)} with a level to be ranked.
      </p>
      {judged.length === 0 ? (
        <p className="govuk-body">
          No question has {MIN_GROUP} or more {unitNoun(by, 2)} with a level yet.
        </p>
      ) : (
        <FiguresTable
          caption="The ten questions of most disagreement"
          head={head}
          numeric={numeric}
          testId="disagreement-table"
        >
          {rows(judged.slice(0, 10))}
        </FiguresTable>
      )}
      {judged.length > 10 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              All {agg.questions.length} questions
            </span>
          </summary>
          <div className="govuk-details__text">
            <FiguresTable
              caption="Every question, most disagreement first"
              head={head}
              numeric={numeric}
            >
              {rows(judged)}
            </FiguresTable>
            {agg.questions.length > judged.length ? (
              <p className="govuk-body-s">
                {agg.questions.length - judged.length} questions have fewer than {MIN_GROUP}{' '}
                {unitNoun(by, 2)} with a level and are not ranked.
              </p>
            ) : null}
          </div>
        </details>
      ) : null}
    </>
  );
}

export function RoleSection({ agg }: { agg: WorkshopAggregate }) {
  const by = agg.countBy;
  const councilN = agg.roleCounts.officer + agg.roleCounts.member;
  const diffs = agg.councilVsVcs.questions.filter((q) => q.difference !== null).slice(0, 10);
  return (
    <>
      <FiguresTable
        caption={`Median theme score by respondent role, ${COUNT_BY_TEXT[by]}`}
        head={['Theme', ...agg.byRole.map((x) => `${SHORT_ROLE[x.role]} (${x.respondents})`)]}
        testId="role-table"
      >
        {agg.themes.map((t) => (
          <Row key={t.themeId}>
            <RowHeader>{t.title}</RowHeader>
            {agg.byRole.map((role) => {
              const g = role.themes.find((x) => x.themeId === t.themeId)?.group;
              return (
                <Cell key={role.role} numeric>
                  {g?.stats ? r(g.stats.median) : g ? hiddenReason(g, by) : ''}
                </Cell>
              );
            })}
          </Row>
        ))}
      </FiguresTable>
      <h3 className="govuk-heading-s">
        The council’s view and the voluntary and community sector’s view
      </h3>
      <p className="govuk-body">
        The council’s view is its officers and elected members ({councilN}); the VCS view is its
        voluntary and community sector partners ({agg.roleCounts.vcs}). A positive difference means
        the council rates itself higher than its VCS partners do. Figures: {COUNT_BY_TEXT[by]}.
      </p>
      <FiguresTable
        caption="Median theme score: council against VCS"
        head={['Theme', 'Council', 'VCS', 'Difference']}
        testId="council-vcs-table"
      >
        {agg.councilVsVcs.themes.map((t) => (
          <Row key={t.themeId}>
            <RowHeader>{t.title}</RowHeader>
            <Cell numeric>
              {t.council.stats ? r(t.council.stats.median) : hiddenReason(t.council, by)}
            </Cell>
            <Cell numeric>{t.vcs.stats ? r(t.vcs.stats.median) : hiddenReason(t.vcs, by)}</Cell>
            <Cell numeric>{t.difference === null ? '–' : signed(t.difference, r)}</Cell>
          </Row>
        ))}
      </FiguresTable>
      {diffs.length > 0 ? (
        <FiguresTable
          caption="Questions where the council and the VCS differ most (mean level, 0 to 4)"
          head={['Question', 'Council', 'VCS', 'Difference']}
        >
          {diffs.map((q) => (
            <Row key={q.questionId}>
              <RowHeader>{q.text}</RowHeader>
              <Cell numeric>{d1(q.council.stats?.mean ?? 0)}</Cell>
              <Cell numeric>{d1(q.vcs.stats?.mean ?? 0)}</Cell>
              <Cell numeric>{signed(q.difference ?? 0, d1)}</Cell>
            </Row>
          ))}
        </FiguresTable>
      ) : (
        <p className="govuk-body">
          Question-by-question differences need {MIN_GROUP} or more {unitNoun(by, 2)} on each side.
        </p>
      )}
    </>
  );
}
