import { useId } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import {
  compareCouncilWithRest,
  compareResponseWithRest,
  responseDetailAllowed,
  responseRows,
} from '../../domain/aggregate-compare';
import { hiddenReason, POSITION_TEXT } from '../../domain/aggregate-stats';
import { Cell, Row, RowHeader } from '../../components/table';
import { FiguresTable, r } from './workshop-table';

/**
 * What the compare select holds: "c:<n>" for the n-th council, "r:<n>" for the response at position
 * n. Only positions go into the page, never an id or a name: the HTML is as anonymous as its text.
 */
export type Choice = string;

/** The chosen council's (or response's) theme scores, for the chart's diamond. */
export function chosenScores(
  agg: WorkshopAggregate,
  chosen: Choice,
): { label: string; scores: Record<string, number | null> } | null {
  if (chosen.startsWith('c:')) {
    const c = agg.councils[Number(chosen.slice(2))];
    return c
      ? { label: c.label, scores: Object.fromEntries(c.themes.map((t) => [t.themeId, t.score])) }
      : null;
  }
  if (chosen.startsWith('r:')) {
    const row = responseRows(agg).find((x) => x.participant.index === Number(chosen.slice(2)));
    return row
      ? {
          label: row.label,
          scores: Object.fromEntries(
            row.participant.result.themes.map((t) => [t.themeId, t.score]),
          ),
        }
      : null;
  }
  return null;
}

export function CompareSection({
  agg,
  chosen,
  onChoose,
}: {
  agg: WorkshopAggregate;
  chosen: Choice;
  onChoose: (value: Choice) => void;
}) {
  const selectId = useId();
  const responses = responseDetailAllowed(agg) ? responseRows(agg) : [];
  const councilIndex = chosen.startsWith('c:') ? Number(chosen.slice(2)) : -1;
  const council = agg.councils[councilIndex];
  const response = chosen.startsWith('r:')
    ? responses.find((x) => x.participant.index === Number(chosen.slice(2)))
    : undefined;
  const rows = council
    ? compareCouncilWithRest(agg, councilIndex)
    : response
      ? compareResponseWithRest(agg, response.participant.index)
      : null;
  const name = council?.label ?? response?.label ?? '';
  const caption = council
    ? `${council.label} (median of its ${council.respondents === 1 ? 'response' : `${council.respondents} responses`}) against the other ${agg.councils.length - 1} councils (each counted once)`
    : response
      ? `${response.label} against the other ${agg.participants.length - 1} responses`
      : '';
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={selectId}>
          {responses.length > 0 ? 'Council or response to compare' : 'Council to compare'}
        </label>
        <div className="govuk-hint">
          The choice is also marked with a yellow diamond in the chart of theme scores.
          {responses.length > 0
            ? ''
            : ' Single responses can be compared when names are on, or when every council has 3 or more responses.'}
        </div>
        <select
          className="govuk-select"
          id={selectId}
          value={chosen}
          onChange={(e) => onChoose(e.target.value)}
        >
          <option value="">None</option>
          <optgroup label="Councils (all their responses)">
            {agg.councils.map((c, i) => (
              <option key={c.label} value={`c:${i}`}>
                {c.label} ({c.respondents === 1 ? '1 response' : `${c.respondents} responses`})
              </option>
            ))}
          </optgroup>
          {responses.length > 0 ? (
            <optgroup label="Single responses">
              {responses.map((x) => (
                <option key={x.label} value={`r:${x.participant.index}`}>
                  {x.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {rows ? (
        <FiguresTable
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
            <Row key={t.themeId}>
              <RowHeader>{t.title}</RowHeader>
              <Cell numeric>{t.score === null ? 'No score' : r(t.score)}</Cell>
              {t.others.stats ? (
                <>
                  <Cell numeric>{r(t.others.stats.q1)}</Cell>
                  <Cell numeric>{r(t.others.stats.median)}</Cell>
                  <Cell numeric>{r(t.others.stats.q3)}</Cell>
                </>
              ) : (
                <Cell colSpan={3}>{hiddenReason(t.others, council ? 'council' : 'response')}</Cell>
              )}
              <Cell>{t.position ? POSITION_TEXT[t.position] : '–'}</Cell>
            </Row>
          ))}
        </FiguresTable>
      ) : null}
    </>
  );
}
