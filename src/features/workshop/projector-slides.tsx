import type { ReactNode } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { workshopHighlights } from '../../domain/aggregate-highlights';
import { COUNT_BY_TEXT, hiddenReason, MIN_GROUP } from '../../domain/aggregate-stats';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import {
  changeBasis,
  changeWarnings,
  movementCells,
  type WorkshopChange,
} from '../../domain/workshop-change';
import {
  heatMap,
  heatScreens,
  heatStep,
  levelText,
  type HeatScreen,
} from '../../domain/workshop-heatmap';
import { ThemeBoxChart } from './theme-box-chart';
import { r, signed } from './workshop-table';

/** At most this many questions and councils on one heat map screen, so it fits without scrolling. */
const HEAT_LIMITS = { maxRows: 9, maxColumns: 10 };

/**
 * A table in the projector's large type; each row is [key, row header, ...cells]. The caption is
 * for screen readers: the screen's title says what the table is.
 */
function ProjectorTable({
  caption,
  head,
  rows,
  testId,
}: {
  caption: string;
  head: string[];
  rows: string[][];
  testId?: string;
}) {
  return (
    <table className="app-projector__table" data-testid={testId}>
      <caption className="govuk-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, title, ...cells]) => (
          <tr key={key}>
            <th scope="row">{title}</th>
            {cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Then, now and the change per theme, in the projector's large type. */
function ChangeScreen({ change }: { change: WorkshopChange }) {
  return (
    <>
      <ProjectorTable
        caption="Median theme score: previous workshop, this workshop and the change"
        head={['Theme', 'Previous', 'Now', 'Change']}
        rows={change.themes.map((m) => {
          const c = movementCells(change, m);
          return [m.themeId, c.theme, c.then, c.now, c.change];
        })}
        testId="projector-change"
      />
      <p className="app-projector__note">
        {[changeBasis(change), ...changeWarnings(change)].join(' ')}
      </p>
    </>
  );
}

/** One screen of the heat map: each council's median level as a number and a shade. */
function HeatScreenTable({ screen, agg }: { screen: HeatScreen; agg: WorkshopAggregate }) {
  const councils = agg.councils.slice(screen.councils.from, screen.councils.to);
  const split = (label: string) => {
    // "Council C" on two lines keeps the columns narrow; the words read as one label.
    const at = label.lastIndexOf(' ');
    return agg.anonymise && at > 0 ? (
      <>
        <span className="app-projector__unit">{label.slice(0, at + 1)}</span>
        {label.slice(at + 1)}
      </>
    ) : (
      label
    );
  };
  return (
    <>
      <table className="app-projector__heat" data-testid="projector-heat">
        <caption className="govuk-visually-hidden">
          Median level by question and council (0 to 4), {screen.theme}
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {councils.map((c) => (
              <th scope="col" key={c.key}>
                {split(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {screen.rows.map((row) => (
            <tr key={row.questionId}>
              <th scope="row">{row.short}</th>
              {row.cells.slice(screen.councils.from, screen.councils.to).map((v, i) => (
                <td key={i} className={`app-heat${v === null ? '' : ` app-heat-${heatStep(v)}`}`}>
                  {v === null ? '–' : levelText(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="app-projector__note">
        Each cell: a council’s median level, 0 (lightest) to 4 (darkest); – where it gave no level.
        The full questions are on the workshop page and in the pack.
      </p>
    </>
  );
}

export type Slide = { title: string; body: ReactNode };

/** The screens of the projector view: one figure each, in the order a workshop discusses them. */
export function slides(
  agg: WorkshopAggregate,
  bank: Questionnaire,
  name: string,
  change: WorkshopChange | null,
): Slide[] {
  const h = workshopHighlights(bank, agg, 3);
  const by = agg.countBy;
  const heat = heatScreens(heatMap(bank, agg), agg.councils.length, HEAT_LIMITS);
  return [
    {
      title: name,
      body: (
        <p className="app-projector__lead">
          {agg.respondents} responses from {agg.organisations} councils. Figures count{' '}
          {COUNT_BY_TEXT[by]}; nothing is shown for a group of fewer than {MIN_GROUP}.
        </p>
      ),
    },
    {
      title: 'At a glance',
      body: (
        <ul className="app-projector__list">
          {h.strongest && h.weakest ? (
            <>
              <li>
                Strongest theme: {h.strongest.title} (median {r(h.strongest.median)})
              </li>
              <li>
                Weakest theme: {h.weakest.title} (median {r(h.weakest.median)})
              </li>
            </>
          ) : (
            <li>Too few councils with scores to compare themes.</li>
          )}
          <li>
            {h.councilVcsGap
              ? `Largest council–VCS gap: ${h.councilVcsGap.title}, ${signed(h.councilVcsGap.difference, r)} points (council minus VCS)`
              : `Council and VCS views are compared when each side has ${MIN_GROUP} or more.`}
          </li>
        </ul>
      ),
    },
    {
      title: 'Scores by theme',
      body: <ThemeBoxChart themes={agg.themes} countBy={by} highlight={null} tableBelow={false} />,
    },
    ...(change
      ? [{ title: 'Change since the last workshop', body: <ChangeScreen change={change} /> }]
      : []),
    {
      title: 'Where to start the discussion',
      body:
        h.prompts.length > 0 ? (
          <ol className="app-projector__list">
            {h.prompts.map((p) => (
              <li key={p.questionId}>
                {p.text}{' '}
                <span className="app-projector__note">
                  ({p.theme}; levels {p.min} to {p.max})
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="app-projector__lead">
            No question yet has {MIN_GROUP} or more with a level.
          </p>
        ),
    },
    ...heat.map((screen) => ({
      title: `Where councils differ: ${screen.theme}${screen.parts > 1 ? ` (${screen.part} of ${screen.parts})` : ''}`,
      body: <HeatScreenTable screen={screen} agg={agg} />,
    })),
    {
      title: 'The council’s view and the VCS’s view',
      body: (
        <ProjectorTable
          caption="Median theme score: council (officers and members) against VCS partners"
          head={['Theme', 'Council', 'VCS', 'Difference']}
          rows={agg.councilVsVcs.themes.map((t) => [
            t.themeId,
            t.title,
            t.council.stats ? r(t.council.stats.median) : hiddenReason(t.council, by),
            t.vcs.stats ? r(t.vcs.stats.median) : hiddenReason(t.vcs, by),
            t.difference === null ? '–' : signed(t.difference, r),
          ])}
        />
      ),
    },
  ];
}
