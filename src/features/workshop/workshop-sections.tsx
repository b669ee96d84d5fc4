import { useId, type ReactNode } from 'react';
import {
  compareOrganisationWithRest,
  compareWithRest,
  organisationsOf,
  type WorkshopAggregate,
} from '../../domain/aggregate';
import { workshopHighlights } from '../../domain/aggregate-highlights';
import { SHORT_ROLE } from '../../domain/aggregate-labels';
import {
  MIN_GROUP,
  POSITION_TEXT,
  TOO_FEW_LABEL,
  type GroupStats,
} from '../../domain/aggregate-stats';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { LazyDetails } from './lazy-details';

const r = (x: number) => String(Math.round(x));
const d1 = (x: number) => x.toFixed(1);
const signed = (x: number, f: (x: number) => string) =>
  x > 0 ? `+${f(x)}` : x < 0 ? `−${f(-x)}` : f(0);

/** A GOV.UK table; `numeric` lists the columns whose header is right-aligned over figures. */
function Table({
  caption,
  head,
  children,
  testId,
  numeric,
}: {
  caption: string;
  head: string[];
  children: ReactNode;
  testId?: string;
  numeric?: number[];
}) {
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h, i) => (
            <th
              key={h}
              scope="col"
              className={`govuk-table__header${(numeric ? numeric.includes(i) : i > 0) ? ' govuk-table__header--numeric' : ''}`}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

function StatCells({ g, f = r }: { g: GroupStats; f?: (x: number) => string }) {
  if (!g.stats)
    return (
      <>
        <td className="govuk-table__cell govuk-table__cell--numeric">{g.n}</td>
        <td className="govuk-table__cell" colSpan={5}>
          {TOO_FEW_LABEL}
        </td>
      </>
    );
  const s = g.stats;
  return (
    <>
      {[g.n, f(s.min), f(s.q1), f(s.median), f(s.q3), f(s.max)].map((v, i) => (
        <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
          {v}
        </td>
      ))}
    </>
  );
}

export function ThemeTable({ agg }: { agg: WorkshopAggregate }) {
  return (
    <Table
      caption="Theme scores out of 100 (the chart’s figures)"
      head={[
        'Theme',
        'Responses',
        'Lowest',
        'Lower quartile',
        'Median',
        'Upper quartile',
        'Highest',
      ]}
      testId="theme-table"
    >
      {agg.themes.map((t) => (
        <tr className="govuk-table__row" key={t.themeId}>
          <th scope="row" className="govuk-table__header">
            {t.title}
          </th>
          <StatCells g={t.group} />
        </tr>
      ))}
      <tr className="govuk-table__row">
        <th scope="row" className="govuk-table__header">
          Overall (mean of theme scores)
        </th>
        <StatCells g={agg.overall} />
      </tr>
    </Table>
  );
}

export function ResponsesTable({ agg }: { agg: WorkshopAggregate }) {
  const sorted = [...agg.participants].sort((a, b) =>
    a.label.localeCompare(b.label, 'en-GB', { numeric: true }),
  );
  return (
    <LazyDetails summary={`Each response’s theme scores (${agg.participants.length})`}>
      {() => (
        <Table
          caption="Theme scores of each response, out of 100"
          head={['Response', 'Role', ...agg.themes.map((t) => t.title)]}
          numeric={agg.themes.map((_, i) => i + 2)}
        >
          {sorted.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <th scope="row" className="govuk-table__header">
                {p.label}
              </th>
              <td className="govuk-table__cell">{SHORT_ROLE[p.role]}</td>
              {p.result.themes.map((t) => (
                <td key={t.themeId} className="govuk-table__cell govuk-table__cell--numeric">
                  {t.score === null ? 'No score' : r(t.score)}
                </td>
              ))}
            </tr>
          ))}
        </Table>
      )}
    </LazyDetails>
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
  const themeTitle = new Map(bank.themes.map((t) => [t.id, t.title]));
  const judged = agg.questions.filter((q) => q.group.stats);
  const rows = (list: typeof judged) =>
    list.map((q, i) => (
      <tr className="govuk-table__row" key={q.questionId}>
        <td className="govuk-table__cell govuk-table__cell--numeric">{i + 1}</td>
        <th scope="row" className="govuk-table__header app-question-cell">
          {q.text}
          <br />
          <span className="govuk-body-s">{themeTitle.get(q.themeId)}</span>
        </th>
        <td className="govuk-table__cell govuk-table__cell--numeric">{q.group.n}</td>
        <td className="govuk-table__cell">
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
        </td>
        <td className="govuk-table__cell govuk-table__cell--numeric">{q.dontKnow}</td>
        <td className="govuk-table__cell govuk-table__cell--numeric">
          {q.disagreement === null ? '' : q.disagreement.toFixed(2)}
        </td>
      </tr>
    ));
  const head = [
    '#',
    'Question',
    'Responses with a level',
    'Levels chosen (0 to 4)',
    'Don’t know',
    'Spread',
  ];
  const numeric = [0, 2, 4, 5];
  return (
    <>
      <p className="govuk-body">
        Questions are ordered by the spread of the levels chosen (the standard deviation; ties by
        the interquartile range). Where responses disagree most is usually the best place to start a
        discussion. A question needs {MIN_GROUP} or more responses with a level to be ranked.
      </p>
      {judged.length === 0 ? (
        <p className="govuk-body">
          No question has {MIN_GROUP} or more responses with a level yet.
        </p>
      ) : (
        <Table
          caption="The ten questions of most disagreement"
          head={head}
          numeric={numeric}
          testId="disagreement-table"
        >
          {rows(judged.slice(0, 10))}
        </Table>
      )}
      {judged.length > 10 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              All {agg.questions.length} questions
            </span>
          </summary>
          <div className="govuk-details__text">
            <Table caption="Every question, most disagreement first" head={head} numeric={numeric}>
              {rows(judged)}
            </Table>
            {agg.questions.length > judged.length ? (
              <p className="govuk-body-s">
                {agg.questions.length - judged.length} questions have {TOO_FEW_LABEL} with a level
                and are not ranked.
              </p>
            ) : null}
          </div>
        </details>
      ) : null}
    </>
  );
}

export function RoleSection({ agg }: { agg: WorkshopAggregate }) {
  const councilN = agg.roleCounts.officer + agg.roleCounts.member;
  const diffs = agg.councilVsVcs.questions.filter((q) => q.difference !== null).slice(0, 10);
  return (
    <>
      <Table
        caption="Median theme score by respondent role"
        head={['Theme', ...agg.byRole.map((r) => `${SHORT_ROLE[r.role]} (${r.respondents})`)]}
        testId="role-table"
      >
        {agg.themes.map((t) => (
          <tr className="govuk-table__row" key={t.themeId}>
            <th scope="row" className="govuk-table__header">
              {t.title}
            </th>
            {agg.byRole.map((role) => {
              const g = role.themes.find((x) => x.themeId === t.themeId)?.group;
              return (
                <td key={role.role} className="govuk-table__cell govuk-table__cell--numeric">
                  {g?.stats ? r(g.stats.median) : TOO_FEW_LABEL}
                </td>
              );
            })}
          </tr>
        ))}
      </Table>
      <h3 className="govuk-heading-s">
        The council’s view and the voluntary and community sector’s view
      </h3>
      <p className="govuk-body">
        The council’s view is its officers and elected members ({councilN}); the VCS view is its
        voluntary and community sector partners ({agg.roleCounts.vcs}). A positive difference means
        the council rates itself higher than its VCS partners do.
      </p>
      <Table
        caption="Median theme score: council against VCS"
        head={['Theme', 'Council', 'VCS', 'Difference']}
        testId="council-vcs-table"
      >
        {agg.councilVsVcs.themes.map((t) => (
          <tr className="govuk-table__row" key={t.themeId}>
            <th scope="row" className="govuk-table__header">
              {t.title}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {t.council.stats ? r(t.council.stats.median) : TOO_FEW_LABEL}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {t.vcs.stats ? r(t.vcs.stats.median) : TOO_FEW_LABEL}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {t.difference === null ? '–' : signed(t.difference, r)}
            </td>
          </tr>
        ))}
      </Table>
      {diffs.length > 0 ? (
        <Table
          caption="Questions where the council and the VCS differ most (mean level, 0 to 4)"
          head={['Question', 'Council', 'VCS', 'Difference']}
        >
          {diffs.map((q) => (
            <tr className="govuk-table__row" key={q.questionId}>
              <th scope="row" className="govuk-table__header">
                {q.text}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {d1(q.council.stats?.mean ?? 0)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {d1(q.vcs.stats?.mean ?? 0)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {signed(q.difference ?? 0, d1)}
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="govuk-body">
          Question-by-question differences need {MIN_GROUP} or more council responses and{' '}
          {MIN_GROUP} or more VCS responses.
        </p>
      )}
    </>
  );
}

/** What the compare select holds: "p:<response id>" for one response, "org:<key>" for a whole council. */
export function CompareSection({
  agg,
  chosen,
  onChoose,
}: {
  agg: WorkshopAggregate;
  chosen: string;
  onChoose: (value: string) => void;
}) {
  const selectId = useId();
  const sorted = [...agg.participants].sort((a, b) =>
    a.label.localeCompare(b.label, 'en-GB', { numeric: true }),
  );
  const orgs = organisationsOf(agg);
  const severalPerOrg = orgs.some((o) => o.respondents > 1);
  const me = chosen.startsWith('p:')
    ? agg.participants.find((p) => p.id === chosen.slice(2))
    : undefined;
  const org = chosen.startsWith('org:')
    ? orgs.find((o) => o.orgKey === chosen.slice(4))
    : undefined;
  const rows = me
    ? compareWithRest(agg, me.id)
    : org
      ? compareOrganisationWithRest(agg, org.orgKey)
      : null;
  const name = me?.label ?? org?.label ?? '';
  const caption = me
    ? `${me.label} against the other ${agg.participants.length - 1} responses`
    : org
      ? `${org.label} (median of its ${org.respondents === 1 ? 'response' : `${org.respondents} responses`}) against the other ${orgs.length - 1} organisations (each counted once)`
      : '';
  const options = (list: typeof sorted) =>
    list.map((p) => (
      <option key={p.id} value={`p:${p.id}`}>
        {p.label}
      </option>
    ));
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={selectId}>
          {severalPerOrg ? 'Council or response to compare' : 'Response to compare'}
        </label>
        <div className="govuk-hint">
          A single response is also marked with a diamond in the chart of theme scores.
        </div>
        <select
          className="govuk-select"
          id={selectId}
          value={chosen}
          onChange={(e) => onChoose(e.target.value)}
        >
          <option value="">None</option>
          {severalPerOrg ? (
            <>
              <optgroup label="Councils (all their responses)">
                {orgs.map((o) => (
                  <option key={o.orgKey} value={`org:${o.orgKey}`}>
                    {o.label} ({o.respondents === 1 ? '1 response' : `${o.respondents} responses`})
                  </option>
                ))}
              </optgroup>
              <optgroup label="Single responses">{options(sorted)}</optgroup>
            </>
          ) : (
            options(sorted)
          )}
        </select>
      </div>
      {rows ? (
        <Table
          caption={caption}
          head={[
            'Theme',
            name,
            'Others’ lower quartile',
            'Others’ median',
            'Others’ upper quartile',
            'Where it is',
          ]}
          numeric={[1, 2, 3, 4]}
          testId="compare-table"
        >
          {rows.map((t) => (
            <tr className="govuk-table__row" key={t.themeId}>
              <th scope="row" className="govuk-table__header">
                {t.title}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {t.score === null ? 'No score' : r(t.score)}
              </td>
              {t.others.stats ? (
                <>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(t.others.stats.q1)}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(t.others.stats.median)}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(t.others.stats.q3)}
                  </td>
                </>
              ) : (
                <td className="govuk-table__cell" colSpan={3}>
                  {TOO_FEW_LABEL}
                </td>
              )}
              <td className="govuk-table__cell">{t.position ? POSITION_TEXT[t.position] : '–'}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}

/** The first things a facilitator needs: the extremes, where to start, and the largest council–VCS gap. */
export function AtAGlance({ agg, bank }: { agg: WorkshopAggregate; bank: Questionnaire }) {
  const h = workshopHighlights(bank, agg);
  const rows: [string, ReactNode][] = [];
  if (h.strongest && h.weakest) {
    rows.push(['Strongest theme', `${h.strongest.title} (median ${r(h.strongest.median)})`]);
    rows.push(['Weakest theme', `${h.weakest.title} (median ${r(h.weakest.median)})`]);
  }
  if (h.councilVcsGap) {
    const side =
      h.councilVcsGap.difference > 0
        ? 'the council rates itself higher than its VCS partners do'
        : 'VCS partners rate the council higher than it rates itself';
    rows.push([
      'Largest council–VCS gap',
      `${h.councilVcsGap.title}: ${side}, by ${r(Math.abs(h.councilVcsGap.difference))} points`,
    ]);
  } else {
    const council = agg.roleCounts.officer + agg.roleCounts.member;
    if (council < MIN_GROUP || agg.roleCounts.vcs < MIN_GROUP) {
      rows.push([
        'Council and VCS views',
        `Compared when there are ${MIN_GROUP} or more responses from each side (now ${council} from officers and members, ${agg.roleCounts.vcs} from VCS partners)`,
      ]);
    }
  }
  if (h.prompts.length > 0) {
    rows.push([
      'Where to start the discussion',
      <ol className="govuk-list govuk-list--number" key="prompts">
        {h.prompts.map((p) => (
          <li key={p.questionId}>
            {p.text}{' '}
            <span className="govuk-body-s">
              ({p.theme}; answers from level {p.min} to level {p.max})
            </span>
          </li>
        ))}
      </ol>,
    ]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="govuk-summary-list" data-testid="at-a-glance">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
