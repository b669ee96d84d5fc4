import type { WorkshopAggregate } from '../../domain/aggregate';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { heatMap, heatStep, levelText } from '../../domain/workshop-heatmap';
import { Cell, Row, RowHeader } from '../../components/table';
import { COUNCIL_UNIT_RULE } from '../../domain/workshop-rules';
import { LazyDetails } from './lazy-details';
import { FiguresTable } from './workshop-table';

/**
 * The heat map of questions by council: each cell gives the council's median level as a number and
 * as a shade (lighter is lower), so the colour is never the only carrier; it is itself a table.
 */
export function HeatMapSection({ agg, bank }: { agg: WorkshopAggregate; bank: Questionnaire }) {
  return (
    <>
      <p className="govuk-body">
        Each cell is a council’s median level for a question, from 0 (lightest) to 4 (darkest). Rows
        where the shades differ most are where councils differ.
      </p>
      <p className="govuk-body-s">{COUNCIL_UNIT_RULE}</p>
      <LazyDetails summary={`Show the heat map (${agg.councils.length} councils)`}>
        {() => (
          <FiguresTable
            caption="Median level by question and council (0 to 4)"
            head={['Question', ...agg.councils.map((c) => c.label)]}
            testId="heat-map"
          >
            {heatMap(bank, agg).map((row) => (
              <Row key={row.questionId}>
                <RowHeader className="app-question-cell">
                  {row.text}
                  <br />
                  <span className="govuk-body-s">{row.theme}</span>
                </RowHeader>
                {row.cells.map((v, i) => (
                  <Cell
                    key={i}
                    numeric
                    className={v === null ? 'app-heat' : `app-heat app-heat-${heatStep(v)}`}
                  >
                    {v === null ? '–' : levelText(v)}
                  </Cell>
                ))}
              </Row>
            ))}
          </FiguresTable>
        )}
      </LazyDetails>
    </>
  );
}
